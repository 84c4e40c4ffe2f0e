package io.rapport.common.tenancy;

import org.springframework.security.access.AccessDeniedException;

/** The caller is in scope but its roles do not grant what it asked for: answered with 403 in the reader's language. */
public class CapabilityMissingException extends AccessDeniedException {

	private final Capability capability;

	public CapabilityMissingException(Capability capability) {
		super(capability.refusalCode());
		this.capability = capability;
	}

	public Capability capability() {
		return capability;
	}
}
