package io.rapport.common;

import io.rapport.common.text.IcuMessageSource;

/**
 * A value that cannot be what it claims (a NIP with a wrong checksum, a quarter numbered 5, an
 * unknown currency), refused with a message code and its arguments so that a page or an API
 * answer says why in the reader's language; its message is the English words, for the log.
 */
public class ValueRefusedException extends IllegalArgumentException {

	private final String code;

	private final transient Object[] arguments;

	/**
	 * @param code a key of {@code messages.properties}, present in every language
	 * @param arguments the values the message names
	 */
	public ValueRefusedException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
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
