package io.rapport.identity.internal;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.rapport.identity.TokenScope;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}. A token that is
 * unknown, revoked or expired ends the request with 401 rather than falling back to anonymous; a
 * token without the scope the request needs, or one asking to create tokens, ends it with 403.
 * Unknown tokens are guesses and count against the caller's address ({@link SignInThrottle}).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String TOKENS = "/api/v1/tokens";

	private final Function<String, TokenCheck> tokens;

	private final SignInThrottle throttle;

	BearerTokenFilter(Function<String, TokenCheck> tokens, SignInThrottle throttle) {
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		try {
			throttle.check(null, request.getRemoteAddr());
		}
		catch (SignInThrottledException ex) {
			ProblemResponses.throttled(response, ex);
			return;
		}
		TokenCheck check = tokens.apply(header.substring(7).trim());
		if (check instanceof TokenCheck.Refused refused) {
			if (refused.guess()) {
				throttle.failed(null, request.getRemoteAddr());
			}
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			ProblemResponses.write(response, 401, "Unauthorized", refused.reason());
			return;
		}
		TokenCheck.Accepted accepted = (TokenCheck.Accepted) check;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getMethod().equals("POST") && path.equals(TOKENS)) {
			ProblemResponses.write(response, 403, "Forbidden",
					"A token cannot create tokens: sign in with your e-mail and password (HTTP Basic) or use the API tokens page");
			return;
		}
		TokenScope needed = TokenScope.requiredFor(request.getMethod(), path);
		if (!accepted.scopes().contains(needed)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"" + needed.code() + "\"");
			ProblemResponses.write(response, 403, "Forbidden", "This token lacks the \"" + needed.code()
					+ "\" scope this request needs; create a token with that scope");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(accepted.user(), null,
				accepted.user().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
