package io.rapport.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.RapportIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: every page comes with a policy that runs no script but Rapport's own, is never framed,
 * tells other sites nothing of where the user was, and keeps the session cookie to same-site use
 * (and to TLS when a proxy in front says the browser came over https).
 */
@RapportIntegrationTest
class PageHeadersIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aPageCarriesTheContentSecurityPolicyAndTheOtherProtectiveHeaders() throws Exception {
		HttpResponse<String> login = get("/login", null);

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; script-src 'self'; "
				+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
				+ "base-uri 'self'; form-action 'self'");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndSecureOnlyOverTls() throws Exception {
		String plain = get("/login", null).headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(plain).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
			.doesNotContainIgnoringCase("Secure");

		String behindTls = get("/login", "https").headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(behindTls).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("; Secure");
	}

	private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (forwardedProto != null) {
			// As a TLS-terminating proxy on the same host would send it.
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
