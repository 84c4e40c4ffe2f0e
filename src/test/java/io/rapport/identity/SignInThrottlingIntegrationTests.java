package io.rapport.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.MovableClock;
import io.rapport.RapportIntegrationTest;
import io.rapport.common.tenancy.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: repeated failed sign-ins slow an account or an address down and then refuse it with 429
 * and Retry-After, on the login form and over HTTP Basic alike; a success clears the account.
 * Each test signs in as a user of its own, and clears what it counted so the rest of the suite,
 * all signing in from this same address, starts clean.
 */
@RapportIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void forgetTheFailures() {
		clock.reset();
		jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void refusesBasicSignInWith429AfterFiveFailuresUntilTheLockRunsOut(CapturedOutput output) {
		String email = aUser();
		for (int i = 0; i < 5; i++) {
			assertThat(ApiClient.basic(port, email, "wrong").get("/api/v1/me").status()).isEqualTo(401);
		}
		ApiClient.Response refused = ApiClient.as(port, email).get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("Too many failed sign-ins");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(50L, 60L);
		assertThat(output).contains("Sign-in refused for " + email);

		clock.advance(Duration.ofSeconds(61));
		assertThat(ApiClient.as(port, email).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void doublesTheLockWhenTheAccountFailsAgainAfterIt() {
		String email = aUser();
		for (int i = 0; i < 5; i++) {
			ApiClient.basic(port, email, "wrong").get("/api/v1/me");
		}
		clock.advance(Duration.ofSeconds(61));
		assertThat(ApiClient.basic(port, email, "wrong").get("/api/v1/me").status()).isEqualTo(401);
		ApiClient.Response refused = ApiClient.as(port, email).get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(110L, 120L);
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsFailures() {
		String email = aUser();
		for (int i = 0; i < 4; i++) {
			ApiClient.basic(port, email, "wrong").get("/api/v1/me");
		}
		assertThat(ApiClient.as(port, email).get("/api/v1/me").status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(ApiClient.basic(port, email, "wrong").get("/api/v1/me").status()).isEqualTo(401);
		}
		assertThat(ApiClient.as(port, email).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void refusesTheLoginFormWith429AndSaysHowLongToWait() throws Exception {
		String email = aUser();
		FormSession form = new FormSession();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = form.signIn(email, "wrong");
			assertThat(failed.statusCode()).isEqualTo(302);
			assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		HttpResponse<String> refused = form.signIn(email, "demo");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isBetween(50L, 60L);
		assertThat(refused.body()).contains("Too many failed sign-ins").contains("Try again in 1 min.");

		clock.advance(Duration.ofSeconds(61));
		HttpResponse<String> signedIn = form.signIn(email, "demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
	}

	@Test
	void countsFormAndBasicFailuresOfOneAccountTogether() throws Exception {
		String email = aUser();
		FormSession form = new FormSession();
		for (int i = 0; i < 3; i++) {
			form.signIn(email, "wrong");
		}
		for (int i = 0; i < 2; i++) {
			ApiClient.basic(port, email, "wrong").get("/api/v1/me");
		}
		assertThat(form.signIn(email, "demo").statusCode()).isEqualTo(429);
		assertThat(ApiClient.as(port, email).get("/api/v1/me").status()).isEqualTo(429);
	}

	@Test
	void refusesAnAddressAfterTwentyFailuresWhateverTheAccountOrToken() {
		String email = aUser();
		for (int i = 0; i < 10; i++) {
			assertThat(ApiClient.basic(port, "nobody-" + i + "@guess.example", "wrong").get("/api/v1/me").status())
				.isEqualTo(401);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(ApiClient.bearer(port, "rap_guess" + i).get("/api/v1/me").status()).isEqualTo(401);
		}
		ApiClient.Response refused = ApiClient.as(port, email).get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(ApiClient.bearer(port, "rap_guess-again").get("/api/v1/me").status()).isEqualTo(429);
	}

	@Test
	void successfulSignInsNeverCount() {
		// The suite signs in as the same demo users thousands of times: only failures may count.
		String email = aUser();
		for (int i = 0; i < 30; i++) {
			assertThat(ApiClient.as(port, email).get("/api/v1/me").status()).isEqualTo(200);
		}
		assertThat(jdbc.sql("select count(*) from sign_in_throttle where subject = ?").param(email)
			.query(Long.class).single()).isZero();
	}

	private String aUser() {
		UUID hub = jdbc.sql("select organization_id from app_user where email = 'analyst@hub.example'")
			.query(UUID.class).single();
		String email = "throttle-" + UUID.randomUUID() + "@hub.example";
		users.register(new NewUser(hub, email, "Throttle test", "demo", null, Set.of(Role.ANALYST)));
		return email;
	}

	/** A browser-like client of the login form: keeps the session cookie and sends the form's CSRF token. */
	private final class FormSession {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> signIn(String email, String password) throws Exception {
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(login.body());
			assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
			String body = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
			return http.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", "en")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
