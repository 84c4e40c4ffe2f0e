package io.rapport.common.web;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The PostgreSQL refusals that are about a value the caller sent — a number too large for its
 * column, a date beyond the calendar's range, a check the row breaks — told apart from the ones
 * that are the application's fault.
 */
final class StoredValueLimits {

	private StoredValueLimits() {
	}

	/** The refusal in words, or null when the failure is not about an input value. */
	static String reason(DataIntegrityViolationException ex) {
		String state = null;
		for (Throwable t = ex; t != null && state == null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				state = sql.getSQLState();
			}
		}
		if (state == null) {
			return null;
		}
		return switch (state) {
			case "22003" -> "A number is too large to be stored";
			case "22008", "22007" -> "A date or time is outside the range that can be stored";
			case "23514" -> "A value breaks a rule of the data (it is out of the allowed range)";
			default -> null;
		};
	}
}
