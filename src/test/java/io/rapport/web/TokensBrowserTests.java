package io.rapport.web;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.ApiClient;
import io.rapport.MovableClock;
import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@RapportIntegrationTest
class TokensBrowserTests extends BrowserSupport {

	@Autowired
	MovableClock clock;

	@Test
	void createsATokenShownOnceThatWorksUntilRevoked() {
		signIn("cam2@helix.example");
		page.click("#menu-more > summary");
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

	@Test
	void createsATokenWithChosenScopesAndExpiryShowsItsLastUseAndRevokesAll() {
		// Issue 12: scopes, an expiry of at most a year, the last use and revoking all at once.
		signIn("cam1@helix.example");
		page.navigate(url("/tokens"));
		LocalDate today = LocalDate.now(clock);
		assertThat(page.getByLabel("Expires on")).hasValue(today.plusDays(90).toString());
		assertThat(page.getByLabel("Expires on")).hasAttribute("max", today.plusDays(365).toString());
		assertThat(page.getByLabel("read (view data)")).isChecked();

		page.getByLabel("Name").fill("Nightly import");
		page.getByLabel("Expires on").fill(today.plusDays(30).toString());
		page.getByLabel("import (upload files)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		String token = page.locator("#new-token").inputValue();
		page.getByLabel("Name").fill("Second script");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

		var nightly = page.locator("#tokens tr", new Page.LocatorOptions().setHasText("Nightly import"));
		assertThat(nightly).containsText("read, import");
		assertThat(nightly).containsText(today.plusDays(30).toString());
		assertThat(nightly).containsText("not yet");

		assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
		assertThat(ApiClient.bearer(port, token).post("/api/v1/tokens", "{\"name\":\"child\"}").status()).isEqualTo(403);
		page.reload();
		assertThat(nightly).not().containsText("not yet");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke all my tokens")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Revoked 2 tokens");
		assertThat(page.locator("#tokens .badge.text-bg-success")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke all my tokens"))).hasCount(0);
		assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void showsWhyATokenWithoutScopesIsRefused() {
		signIn("cam1@corvid.example");
		page.navigate(url("/tokens"));
		page.getByLabel("Name").fill("Nothing at all");
		page.getByLabel("read (view data)").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("at least one scope");
		assertThat(page.getByLabel("Name")).hasValue("Nothing at all");
	}
}
