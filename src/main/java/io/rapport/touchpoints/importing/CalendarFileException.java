package io.rapport.touchpoints.importing;

import io.rapport.common.text.IcuMessageSource;

/**
 * A calendar file that cannot be read, with a reason a person understands: a message code with
 * its arguments, which a page says in the reader's language; the message is its English words.
 */
public final class CalendarFileException extends Exception {

	private final String code;

	private final transient Object[] arguments;

	public CalendarFileException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** A reason found by a parser or reader that failed with {@code cause}. */
	static CalendarFileException caused(Throwable cause, String code, Object... arguments) {
		CalendarFileException ex = new CalendarFileException(code, arguments);
		ex.initCause(cause);
		return ex;
	}

	@Override
	public String getMessage() {
		return IcuMessageSource.english(code, arguments);
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
