package io.rapport.demo.internal;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CallerPrincipal;

/**
 * Runs demo work as one of the generated users, so it goes through the same scoped APIs, with the
 * same checks, as that person would in the UI.
 */
final class RunAs {

	private RunAs() {
	}

	static <T> T caller(Caller caller, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		CallerPrincipal principal = () -> caller;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, java.util.List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		catch (ImportRejectedException ex) {
			// A generated file the import refuses is a generator bug: say which rows and why.
			throw new IllegalStateException(ex.getMessage() + ": " + ex.errors().stream().limit(10).toList(), ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
