package io.rapport.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks an e-mail and password (the login form and HTTP Basic alike) unless the account or the
 * client's address is locked by {@link SignInThrottle}. Only wrong credentials count as failures: a
 * disabled account or a throttled attempt proves nothing about the password.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		boolean failedBefore = throttle.check(account, address);
		Authentication signedIn;
		try {
			signedIn = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			throttle.failed(account, address);
			throw ex;
		}
		if (failedBefore) {
			throttle.succeeded(account);
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
