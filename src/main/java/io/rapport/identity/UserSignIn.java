package io.rapport.identity;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.identity.internal.AuthenticatedUser;

/** Looks up a user by e-mail for the login form and HTTP Basic. */
@Component
class UserSignIn implements UserDetailsService {

	private final UserAccounts accounts;

	UserSignIn(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
			.map(account -> new AuthenticatedUser(account.caller(), account.passwordHash(), account.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException("No user " + email));
	}
}
