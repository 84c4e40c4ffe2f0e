package io.rapport.web;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: the login form says, in the page's language, when too many failures lock an account. */
@RapportIntegrationTest
class SignInBrowserTests extends BrowserSupport {

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheFailures() {
		// Every test signs in from this address: leave no failures behind for the rest of the suite.
		jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void tellsHowLongToWaitAfterTooManyFailuresInEitherLanguage() {
		UUID hub = jdbc.sql("select organization_id from app_user where email = 'analyst@hub.example'")
			.query(UUID.class).single();
		String email = "locked-" + UUID.randomUUID() + "@hub.example";
		users.register(new NewUser(hub, email, "Locked out", "demo", null, Set.of(Role.ANALYST)));

		page.navigate(url("/login"));
		for (int i = 0; i < 5; i++) {
			submit(email, "wrong");
			assertThat(page.getByRole(AriaRole.ALERT))
				.hasText("That e-mail and password do not match.");
		}
		Response refused = submit(email, "demo");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(page.locator("#throttled")).hasText(
				"Too many failed sign-ins for this account or from this network. Try again in 1 min.");

		page.navigate(url("/login?lang=pl"));
		submit(email, "demo");
		assertThat(page.locator("#throttled")).containsText("Zbyt wiele nieudanych prób logowania");
	}

	private Response submit(String email, String password) {
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		return page.waitForResponse(response -> response.request().method().equals("POST"),
				() -> page.locator("form button[type=submit]").click());
	}
}
