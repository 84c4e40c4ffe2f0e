package io.rapport.organizations;

import io.rapport.common.DomainRuleException;

/** An e-mail domain stated for an organisation already belongs, verified, to another one. */
public final class DomainTakenException extends DomainRuleException {

	private final String domain;

	DomainTakenException(String domain) {
		super("organizations.rule.domainTaken", new Object[] { domain });
		this.domain = domain;
	}

	/** The domain, lower case. */
	public String domain() {
		return domain;
	}
}
