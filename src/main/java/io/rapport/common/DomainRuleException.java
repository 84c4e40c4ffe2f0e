package io.rapport.common;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.rapport.common.text.IcuMessageSource;

/**
 * A request that breaks a business rule; answered with 422 and the rule in plain words, in the
 * reader's language. The domain raises a message code with its arguments
 * ({@link #rule(String, Object...)}); pages and the API resolve it in the caller's locale.
 */
public class DomainRuleException extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	/** A rule stated in English only; prefer {@link #rule(String, Object...)}. */
	public DomainRuleException(String message) {
		super(message);
		this.code = null;
		this.arguments = new Object[0];
	}

	/** The rule in English, for the log; pages and the API resolve {@link #code()} in the reader's language. */
	@Override
	public String getMessage() {
		return code == null ? super.getMessage() : IcuMessageSource.english(code, arguments);
	}

	/**
	 * @param code a key of {@code messages.properties}, present in every language
	 * @param arguments the values the message names, in the order of its placeholders
	 */
	protected DomainRuleException(String code, Object[] arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** A broken rule named by its message code. */
	public static DomainRuleException rule(String code, Object... arguments) {
		return new DomainRuleException(code, arguments);
	}

	/** An argument that is itself a message (a kind, a status, a reason), put in the reader's language with the rest. */
	public static MessageSourceResolvable term(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/** The message code, or {@code null} for a rule stated in English only. */
	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
