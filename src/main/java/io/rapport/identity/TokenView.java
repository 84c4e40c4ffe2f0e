package io.rapport.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A personal API token as its owner sees it later: never the token itself, only its first characters. */
public record TokenView(UUID id, String name, String prefix, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean active() {
		return revokedAt == null && (expiresOn == null || !expiresOn.isBefore(LocalDate.now()));
	}
}
