package io.rapport.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Writes the API's 401 and 403 answers as problem+json, before any controller is reached. */
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

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
