package io.rapport.common;

/** A request that breaks a business rule; answered with 422 and the rule in plain words. */
public class DomainRuleException extends RuntimeException {

	public DomainRuleException(String message) {
		super(message);
	}
}
