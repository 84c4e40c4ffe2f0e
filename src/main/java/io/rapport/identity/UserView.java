package io.rapport.identity;

import java.util.Set;
import java.util.UUID;

import io.rapport.common.tenancy.Role;

/** A user as other modules and the API see it; never with its password. */
public record UserView(UUID id, UUID organizationId, String email, String name, Seniority seniority, Set<Role> roles) {
}
