package io.rapport.web;

import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@RapportIntegrationTest
class VendorChiefBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void seesTheProgrammeSwitchesToPolishOpensAPartnershipAndSignsOut() {
		signIn("chief@helix.example");
		UUID helix = jdbc.sql("select id from organization where slug = 'helix-data-systems'").query(UUID.class).single();
		long active = jdbc.sql("select count(*) from partnership where vendor_id = ? and status = 'ACTIVE'")
			.param(helix).query(Long.class).single();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Helix Data Systems: programme overview");
		assertThat(page.locator("#tier-total")).hasText(Long.toString(active));
		int tierSum = page.locator(".tier-count").allTextContents().stream().mapToInt(Integer::parseInt).sum();
		assertThat(tierSum).isEqualTo((int) active);
		assertThat(page.locator("#chart-tiers svg")).isVisible();
		screenshot("vendor-home");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Polski")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Helix Data Systems: przegląd programu partnerskiego");
		assertThat(page.locator("html")).hasAttribute("lang", "pl");
		screenshot("vendor-home-pl");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partnerstwa").setExact(true)).first().click();
		// Polish counts take their plural form: 122 partnerstwa, 125 partnerstw (issue 13).
		assertThat(page.locator("#result-count")).hasText(java.util.regex.Pattern.compile("^" + jdbc.sql(
				"select count(*) from partnership where vendor_id = ?").param(helix).query(Long.class).single() + " partnerstwa?$"));
		String partner = jdbc.sql("""
				select o.name from partnership p join organization o on o.id = p.partner_id
				where p.vendor_id = ? order by o.name limit 1 offset 7""").param(helix).query(String.class).single();
		// A marker on the window survives only if htmx swaps the results instead of reloading the page.
		page.evaluate("window.rapportMarker = 'still here'");
		page.getByLabel("Szukaj").fill(partner);
		assertThat(page.locator(".partnership-row").first()).containsText(partner);
		assertThat(page.locator("#result-count")).not().hasText("0 partnerstw");
		assertThat(page.evaluate("window.rapportMarker")).isEqualTo("still here");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=.*"));
		screenshot("partnerships-search");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(partner).setExact(true)).first().click();
		assertThat(page.locator("#partnership-heading")).containsText(partner);
		assertThat(page.locator("#partnership-heading")).containsText("Helix Data Systems");
		screenshot("partnership-pl");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyloguj")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Wylogowano.");
		page.navigate(url("/partnerships"));
		assertThat(page).hasURL(url("/login"));
	}

	@Test
	void sortsAndPagesWithoutReloading() {
		signIn("chief@magnus.example");
		page.navigate(url("/partnerships"));
		screenshot("partnerships");
		page.evaluate("window.rapportMarker = 'kept'");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tier")).click();
		assertThat(page.locator("th[aria-sort=ascending]")).containsText("Tier");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tier")).click();
		assertThat(page.locator("th[aria-sort=descending]")).containsText("Tier");
		// The chief's rows start with the bulk-assignment checkbox: partner, vendor, then tier.
		assertThat(page.locator(".partnership-row").first().locator("td").nth(3)).hasText("Platinum");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
		assertThat(page.getByText("Page 2 of")).isVisible();
		assertThat(page.evaluate("window.rapportMarker")).isEqualTo("kept");
	}

	@Test
	void answersAnotherVendorsPartnershipWithANotFoundPage() {
		signIn("chief@corvid.example");
		UUID foreign = jdbc.sql("""
				select p.id from partnership p join organization v on v.id = p.vendor_id
				where v.slug = 'helix-data-systems' limit 1""").query(UUID.class).single();
		var response = page.navigate(url("/partnerships/" + foreign));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not found");
	}
}
