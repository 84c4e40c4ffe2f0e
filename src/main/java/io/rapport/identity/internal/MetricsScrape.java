package io.rapport.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a request scrape the metrics when it carries the configured scrape token as
 * {@code Authorization: Bearer}. Metrics tell an outsider how busy each part of Rapport is, so they
 * are not public; with no token configured nobody scrapes over HTTP.
 */
final class MetricsScrape implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte[] token;

	MetricsScrape(String token) {
		this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(carriesToken(context.getRequest()));
	}

	private boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		// Compared in constant time, so the answer's timing tells nothing about the token.
		return MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
	}
}
