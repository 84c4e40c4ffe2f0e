package io.rapport.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@RapportIntegrationTest
class TokensBrowserTests extends BrowserSupport {

	@Test
	void createsATokenShownOnceThatWorksUntilRevoked() {
		signIn("cam2@helix.example");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
		page.getByLabel("Name").fill("Weekly report script");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		assertThat(page.locator("#created-token")).containsText("Weekly report script");
		String token = page.locator("#new-token").inputValue();
		assertThat(token).startsWith("rap_");
		screenshot("tokens");

		assertThat(ApiClient.bearer(port, token).get("/api/v1/me").json().get("email").asString())
			.isEqualTo("cam2@helix.example");

		page.reload();
		assertThat(page.locator("#created-token")).hasCount(0);
		assertThat(page.content()).doesNotContain(token);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token Weekly report script")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("revoked");
		assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
	}
}
