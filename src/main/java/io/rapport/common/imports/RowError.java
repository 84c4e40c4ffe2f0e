package io.rapport.common.imports;

import io.rapport.common.ValueRefusedException;

import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.rapport.common.text.IcuMessageSource;

/**
 * Why one row of an imported file was rejected.
 *
 * @param line the line a spreadsheet user sees (the header is line 1; 0 for an empty file)
 * @param column the column at fault, by its canonical name; null for the whole row or file
 * @param message what is wrong, in English, for the person who will fix the file
 * @param code the reason's message code, which a page says in the reader's language; null for a reason in English only
 * @param arguments the values the code's message names
 */
public record RowError(long line, String column, String message, String code, @JsonIgnore Object[] arguments) {

	public RowError {
		arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	/** A reason stated in English only; prefer {@link #of(long, String, String, Object...)}. */
	public RowError(long line, String column, String message) {
		this(line, column, message, null, null);
	}

	/** A reason named by its message code; the API also gets its English words. */
	public static RowError of(long line, String column, String code, Object... arguments) {
		return new RowError(line, column, IcuMessageSource.english(code, arguments), code, arguments);
	}

	/** The rejection a cell reader's refusal makes: by its code when it has one ({@link ValueRefusedException}), else in its words. */
	public static RowError refused(long line, String column, IllegalArgumentException refusal) {
		return refusal instanceof ValueRefusedException problem ? of(line, column, problem.code(), problem.arguments())
				: new RowError(line, column, refusal.getMessage());
	}

	@Override
	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RowError that && line == that.line && Objects.equals(column, that.column)
				&& Objects.equals(message, that.message) && Objects.equals(code, that.code)
				&& Arrays.equals(arguments, that.arguments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(line, column, message, code) * 31 + Arrays.hashCode(arguments);
	}
}
