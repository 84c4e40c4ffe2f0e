package io.rapport.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A personal API token as its owner sees it later: never the token itself, only its first
 * characters. The token signs in through the end of {@code expiresOn}; {@code lastUsedAt} is
 * kept to the minute.
 */
public record TokenView(UUID id, String name, String prefix, Set<TokenScope> scopes, Instant createdAt,
		LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt, TokenStatus status) {
}
