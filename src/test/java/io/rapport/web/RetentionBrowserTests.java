package io.rapport.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The retention panel on a partnership's page, for the vendor and never for the partner. */
@RapportIntegrationTest
class RetentionBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheVendorWhetherThePartnerIsStillSellingAndHidesItFromThePartner() {
		UUID partnership = jdbc.sql("""
				select p.id from partnership p join organization v on v.id = p.vendor_id
				where v.slug = 'corvid-networks' and p.status = 'ACTIVE'
				and exists (select 1 from sales_line l where l.partnership_id = p.id) order by p.since limit 1""")
			.query(UUID.class).single();
		signIn("chief@corvid.example");
		page.navigate(url("/partnerships/" + partnership));
		assertThat(page.locator("#retention-panel")).isVisible();
		assertThat(page.locator("#retention-p-alive")).containsText("%");
		assertThat(page.locator("#chart-retention svg")).isVisible();
		assertThat(page.locator("#retention-rate")).containsText("a quarter over the four before");
		screenshot("partnership-retention");

		String partner = jdbc.sql("""
				select u.email from app_user u join partnership p on p.partner_id = u.organization_id where p.id = ?
				order by u.email limit 1""").param(partnership).query(String.class).single();
		signIn(partner);
		page.navigate(url("/partnerships/" + partnership));
		assertThat(page.locator("h1")).isVisible();
		assertThat(page.locator("#retention-panel")).hasCount(0);
		page.navigate(url("/partnerships/" + partnership + "/retention"));
		assertThat(page.locator("#retention-panel")).hasCount(0);
	}
}
