package io.rapport.identity.internal;

import java.util.Set;

import io.rapport.identity.TokenScope;

/** What a presented bearer token turned out to be. */
public sealed interface TokenCheck {

	/** A live token of an enabled user, with what it may do. */
	record Accepted(AuthenticatedUser user, Set<TokenScope> scopes) implements TokenCheck {
	}

	/**
	 * A token that signs nobody in, with the reason its holder is told.
	 * @param guess whether the token is unknown altogether (a guess, counted against the caller's address)
	 *     rather than a real token that was revoked or has expired
	 */
	record Refused(String reason, boolean guess) implements TokenCheck {
	}
}
