package io.rapport.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Role;

/** A person who signs in to Rapport, belonging to one organisation. */
@Table("app_user")
class UserAccount {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID organizationId;

	private final String email;

	private String name;

	private String passwordHash;

	private Seniority seniority;

	private boolean enabled;

	@MappedCollection(idColumn = "user_id")
	private Set<UserRole> roles;

	@PersistenceCreator
	UserAccount(UUID id, Integer version, UUID organizationId, String email, String name, String passwordHash,
			Seniority seniority, boolean enabled, Set<UserRole> roles) {
		this.id = id;
		this.version = version;
		this.organizationId = organizationId;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.seniority = seniority;
		this.enabled = enabled;
		this.roles = roles;
	}

	static UserAccount create(UUID organizationId, String email, String name, String passwordHash, Seniority seniority,
			Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
		// Fails early when roles mix sides, e.g. a partner admin who is also a channel chief.
		new Caller(UUID.randomUUID(), email, name, organizationId, roles);
		return new UserAccount(UUID.randomUUID(), null, organizationId, email.trim().toLowerCase(Locale.ROOT), name.trim(),
				passwordHash, seniority, true, roles.stream().map(UserRole::new).collect(Collectors.toSet()));
	}

	Caller caller() {
		return new Caller(id, email, name, organizationId, roles());
	}

	UserView view() {
		return new UserView(id, organizationId, email, name, seniority, roles());
	}

	Set<Role> roles() {
		return roles.stream().map(UserRole::role).collect(Collectors.toUnmodifiableSet());
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	record UserRole(Role role) {
	}
}
