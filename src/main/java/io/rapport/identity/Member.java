package io.rapport.identity;

import java.util.UUID;

/** A person of an organisation who can be written to, e.g. invited to a survey. */
public record Member(UUID userId, UUID organizationId, String email, String name) {
}
