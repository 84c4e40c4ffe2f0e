package io.rapport.identity;

import java.util.Set;
import java.util.UUID;

import io.rapport.common.tenancy.Role;

/** A user to create, with the password in clear text (it is hashed before it is stored). */
public record NewUser(UUID organizationId, String email, String name, String password, Seniority seniority,
		Set<Role> roles) {
}
