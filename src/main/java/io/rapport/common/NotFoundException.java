package io.rapport.common;

/**
 * A record that does not exist or lies outside the caller's scope. Both answer 404, so that an
 * id never tells whether another tenant's record exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("No " + what + " with id " + id + " is visible to you");
	}
}
