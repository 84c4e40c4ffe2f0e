package io.rapport.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface UserAccounts extends CrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findByIdIn(Collection<UUID> ids);
}
