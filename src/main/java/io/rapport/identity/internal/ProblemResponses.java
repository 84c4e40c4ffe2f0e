package io.rapport.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Writes the API's 401, 403 and 429 answers as problem+json, before any controller is reached. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + escape(detail) + "\"}");
	}

	/** A sign-in refused for too many failures: {@code 429} with {@code Retry-After} in seconds. */
	static void throttled(HttpServletResponse response, SignInThrottledException ex) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too Many Requests",
				"Too many failed sign-ins for this account or from this address; try again in "
						+ ex.retryAfterSeconds() + " seconds");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
