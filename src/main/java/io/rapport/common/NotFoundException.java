package io.rapport.common;

/**
 * A record that does not exist or lies outside the caller's scope. Both answer 404, so that an
 * id never tells whether another tenant's record exists.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final transient Object id;

	/** @param what the kind of record in English ("partnership"); {@code notFound.what.<what>} names it in other languages */
	public NotFoundException(String what, Object id) {
		super("No " + what + " with id " + id + " is visible to you");
		this.what = what;
		this.id = id;
	}

	/** The kind of record, as the code names it. */
	public String what() {
		return what;
	}

	public Object id() {
		return id;
	}
}
