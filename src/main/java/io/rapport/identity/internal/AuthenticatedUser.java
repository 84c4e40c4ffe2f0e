package io.rapport.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CallerPrincipal;

/** A signed-in user as Spring Security holds it: the caller plus, until checked, its password hash. */
public final class AuthenticatedUser implements UserDetails, CallerPrincipal, CredentialsContainer {

	private final Caller caller;

	private String passwordHash;

	private final boolean enabled;

	public AuthenticatedUser(Caller caller, String passwordHash, boolean enabled) {
		this.caller = caller;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public Caller caller() {
		return caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return caller.email();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	static List<GrantedAuthority> none() {
		return List.of();
	}
}
