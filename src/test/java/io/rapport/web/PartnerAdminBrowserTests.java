package io.rapport.web;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@RapportIntegrationTest
class PartnerAdminBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void seesOnlyItsOwnPartnershipsAcrossItsVendors() {
		var admin = jdbc.sql("""
				select u.email, u.organization_id, o.name from app_user u join organization o on o.id = u.organization_id
				join partnership p on p.partner_id = o.id
				where o.kind = 'PARTNER' group by u.email, u.organization_id, o.name
				having count(distinct p.vendor_id) >= 2 order by u.email limit 1""").query().singleRow();
		String email = (String) admin.get("email");
		String name = (String) admin.get("name");
		long own = jdbc.sql("select count(*) from partnership where partner_id = ?").param(admin.get("organization_id"))
			.query(Long.class).single();

		signIn(email);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your vendors");
		assertThat(page.locator(".vendor-card")).hasCount((int) own);
		screenshot("partner-home");

		page.navigate(url("/partnerships"));
		assertThat(page.locator("#result-count")).hasText(own + " partnerships");
		List<String> partners = page.locator(".partnership-row td:first-child a").allTextContents();
		assertThat(partners).hasSize((int) own).allMatch(name::equals);

		UUID someoneElses = jdbc.sql("select id from partnership where partner_id <> ? limit 1")
			.param(admin.get("organization_id")).query(UUID.class).single();
		var response = page.navigate(url("/partnerships/" + someoneElses));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.getByText("There is nothing here that you can see")).isVisible();
	}

	@Test
	void theAnalystSeesTheVendorsOnly() {
		long vendors = jdbc.sql("select count(*) from organization where kind = 'VENDOR'").query(Long.class).single();
		signIn("analyst@hub.example");
		assertThat(page.locator("#vendor-table tbody tr")).hasCount((int) vendors);
		assertThat(page.locator("#vendor-table")).containsText("Magnus Cloud");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partnerships").setExact(true)))
			.hasCount(0);
		screenshot("analyst-home");
	}
}
