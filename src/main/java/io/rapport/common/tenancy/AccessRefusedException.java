package io.rapport.common.tenancy;

import org.springframework.security.access.AccessDeniedException;

import io.rapport.common.text.IcuMessageSource;

/**
 * The caller may not do this to this record (someone else's alert, another side's survey):
 * answered with 403 and the reason in the reader's language.
 */
public class AccessRefusedException extends AccessDeniedException {

	private final String code;

	private final transient Object[] arguments;

	/**
	 * @param code a key of {@code messages.properties}, present in every language
	 * @param arguments the values the message names
	 */
	public AccessRefusedException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** The reason in English, for the log. */
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
