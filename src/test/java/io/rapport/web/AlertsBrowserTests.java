package io.rapport.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;

import io.rapport.RapportIntegrationTest;

/** The at-risk list with its filters, an alert's page and its steps, and the partner who never sees any of it. */
@RapportIntegrationTest
class AlertsBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChiefFiltersTheAtRiskListAndTheCamActsOnAnAlert() {
		signIn("chief@magnus.example");
		page.navigate(url("/alerts"));
		Locator rows = page.locator("#alerts-table tbody tr");
		assertThat(rows.first()).isVisible();
		int live = rows.count();
		org.assertj.core.api.Assertions.assertThat(live).isGreaterThan(1);
		assertThat(rows.first().locator("td").nth(4)).not().isEmpty();
		screenshot("alerts-list");

		String severity = jdbc.sql("""
				select a.severity from risk_alert a join organization v on v.id = a.vendor_id
				where v.slug = 'magnus-cloud' and a.status in ('OPEN', 'ACKNOWLEDGED') group by a.severity order by count(*) desc limit 1""")
			.query(String.class).single();
		page.selectOption("#severity", severity);
		page.waitForURL(u -> u.contains("severity=" + severity));
		assertThat(page.locator("#alert-count")).isVisible();
		List<?> shown = (List<?>) page.locator("#alerts-table tbody tr").evaluateAll("rows => rows.map(r => r.dataset.severity)");
		org.assertj.core.api.Assertions.assertThat(shown).isNotEmpty().allMatch(severity::equals);
		page.selectOption("#severity", "");
		page.fill("#partner", "zzzz-no-such-partner");
		assertThat(page.locator("#alerts-none")).isVisible();
		page.fill("#partner", "");
		assertThat(page.locator("#alerts-table tbody tr")).hasCount(live);

		// The CAM who owns the first alert opens it, acknowledges it with a note; it says so in its history.
		UUID alertId = jdbc.sql("""
				select a.id from risk_alert a join organization v on v.id = a.vendor_id
				where v.slug = 'magnus-cloud' and a.status = 'OPEN' and a.owner_id is not null order by a.id limit 1""")
			.query(UUID.class).single();
		String cam = jdbc.sql("select u.email from app_user u join risk_alert a on a.owner_id = u.id where a.id = ?")
			.param(alertId).query(String.class).single();
		signIn(cam);
		page.navigate(url("/alerts?owner=mine"));
		assertThat(page.locator("#alerts-table")).containsText(
				jdbc.sql("select o.name from risk_alert a join partnership p on p.id = a.partnership_id "
						+ "join organization o on o.id = p.partner_id where a.id = ?").param(alertId).query(String.class).single());
		page.navigate(url("/alerts/" + alertId));
		assertThat(page.locator("#alert-reasons tr").first()).isVisible();
		page.fill("#note", "Umówione spotkanie z zarządem partnera");
		page.click("#acknowledge");
		assertThat(page.locator("#alert-done")).isVisible();
		assertThat(page.locator("#alert-history")).containsText("Umówione spotkanie z zarządem partnera");
		page.click("#dismiss");
		assertThat(page.locator("#alert-problem")).containsText("Say why the alert is dismissed");
		screenshot("alert-page");

		UUID partnership = jdbc.sql("select partnership_id from risk_alert where id = ?").param(alertId).query(UUID.class).single();
		page.navigate(url("/partnerships/" + partnership));
		assertThat(page.locator("#alert-panel-reasons li").first()).isVisible();

		String partner = jdbc.sql("""
				select u.email from app_user u join partnership p on p.partner_id = u.organization_id where p.id = ?
				order by u.email limit 1""").param(partnership).query(String.class).single();
		signIn(partner);
		page.navigate(url("/partnerships/" + partnership));
		assertThat(page.locator("h1")).isVisible();
		assertThat(page.locator("#alert-panel")).hasCount(0);
		assertThat(page.locator("a[href='/alerts']")).hasCount(0);
		page.navigate(url("/alerts/" + alertId));
		assertThat(page.locator("#alert-reasons")).hasCount(0);
		page.navigate(url("/alerts"));
		assertThat(page.locator("#alerts-table")).hasCount(0);
	}
}
