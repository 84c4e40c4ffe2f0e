package io.rapport.common.audit;

import java.util.Objects;

/**
 * One value that changed: its field and the value before and after, as shown to people (e.g.
 * {@code tier: Silver → Gold}). Either side is null when the value did not exist.
 */
public record FieldChange(String field, String before, String after) {

	public FieldChange {
		Objects.requireNonNull(field, "field");
	}
}
