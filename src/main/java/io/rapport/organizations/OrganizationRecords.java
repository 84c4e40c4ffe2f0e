package io.rapport.organizations;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface OrganizationRecords extends CrudRepository<Organization, UUID> {

	boolean existsBySlug(String slug);
}
