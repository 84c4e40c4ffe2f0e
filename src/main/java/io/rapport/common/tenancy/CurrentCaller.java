package io.rapport.common.tenancy;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, as authenticated by the identity module. */
public final class CurrentCaller {

	private CurrentCaller() {
	}

	/**
	 * @return the authenticated caller
	 * @throws AuthenticationCredentialsNotFoundException when the request is anonymous
	 */
	public static Caller get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
	}

	public static Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CallerPrincipal principal) {
			return Optional.of(principal.caller());
		}
		return Optional.empty();
	}
}
