package io.rapport.common;

import java.util.Map;

import io.rapport.common.text.IcuMessageSource;

/**
 * A failure that knows how it is answered: its HTTP status, a title and extra members of the
 * problem+json body (e.g. an import's list of rejected rows). Modules throw subclasses; the one
 * error advice maps them without knowing the modules.
 */
public abstract class ReportedProblem extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	/** A problem stated in English only; prefer {@link #ReportedProblem(String, Object[])}. */
	protected ReportedProblem(String detail) {
		super(detail);
		this.code = null;
		this.arguments = new Object[0];
	}

	/**
	 * @param code a key of {@code messages.properties}, present in every language: the detail
	 * @param arguments the values the message names
	 */
	protected ReportedProblem(String code, Object[] arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** The detail in English, for the log; the API and pages resolve {@link #code()} in the reader's language. */
	@Override
	public String getMessage() {
		return code == null ? super.getMessage() : IcuMessageSource.english(code, arguments);
	}

	/** The detail's message code, or {@code null} for a problem stated in English only. */
	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The HTTP status code, e.g. 422. */
	public abstract int status();

	public abstract String title();

	/** Extra members of the problem body. */
	public abstract Map<String, Object> properties();
}
