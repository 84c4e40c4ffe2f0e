package io.rapport.touchpoints.importing;

/** A calendar file that cannot be read, with a reason a person understands. */
public final class CalendarFileException extends Exception {

	public CalendarFileException(String message, Throwable cause) {
		super(message, cause);
	}

	public CalendarFileException(String message) {
		super(message);
	}
}
