package io.rapport.common.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says in words why a request body could not be read: which field, and what it takes. Jackson's
 * own messages name Java classes and parser internals, which help no caller.
 */
final class UnreadableBodies {

	/** @param field the JSON path of the field at fault, or null when the body as a whole is */
	record Reason(String field, String message) {
	}

	private UnreadableBodies() {
	}

	static Reason reason(HttpMessageNotReadableException ex) {
		JacksonException jackson = find(ex, JacksonException.class);
		if (jackson == null) {
			return new Reason(null, "The request needs a JSON body");
		}
		String field = path(jackson);
		if (jackson instanceof InvalidFormatException format) {
			return new Reason(field, named(field) + "has the value " + quoted(format.getValue()) + ", which is not "
					+ expected(format.getTargetType()));
		}
		if (jackson instanceof ValueInstantiationException && find(jackson, IllegalArgumentException.class) != null) {
			return new Reason(field, named(field) + "is not valid: " + find(jackson, IllegalArgumentException.class).getMessage());
		}
		if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new Reason(field, named(field) + "must be " + expected(mismatch.getTargetType()));
		}
		if (jackson instanceof InputCoercionException) {
			return new Reason(field, named(field) + "holds a number too large for it");
		}
		if (jackson instanceof StreamReadException) {
			TokenStreamLocation at = jackson.getLocation();
			return new Reason(null, at == null || at.getLineNr() < 0 ? "The body is not valid JSON"
					: "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
		}
		return new Reason(field, named(field) + "cannot be read");
	}

	private static String named(String field) {
		return field == null ? "The body " : "The field '" + field + "' ";
	}

	private static String path(JacksonException ex) {
		String path = ex.getPath().stream()
			.map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
			.collect(Collectors.joining());
		return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
	}

	private static String quoted(Object value) {
		return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
	}

	static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text";
		}
		if (type == UUID.class) {
			return "an id such as 3f2b8c1e-0d4a-4b6e-9c7d-2a1f0e5b6c8d";
		}
		if (type == LocalDate.class) {
			return "a date such as 2026-03-31";
		}
		if (type == OffsetDateTime.class || type == Instant.class || type == ZonedDateTime.class) {
			return "a date and time with its offset, such as 2026-03-31T14:30:00+02:00";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return "a valid value";
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}
}
