package io.rapport.organizations;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Partnerships extends CrudRepository<Partnership, UUID> {
}
