package io.rapport.support;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/**
 * The vendor's first response to a case, or its resolution.
 *
 * @param firstCall for a phone case's resolution: whether it was solved on the first call
 */
public record CaseEvent(@NotNull Type type, @NotNull OffsetDateTime at, Boolean firstCall) {

	public enum Type {
		FIRST_RESPONSE, RESOLVED
	}
}
