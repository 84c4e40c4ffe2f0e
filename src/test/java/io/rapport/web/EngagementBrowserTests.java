package io.rapport.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The engagement views in a real browser, on the S demo programme. */
@RapportIntegrationTest
class EngagementBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheChiefTheQuadrantTheSpreadAndTheRankedList() {
		signIn("chief@magnus.example");
		page.navigate(url("/engagement"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Engagement");
		assertThat(page.locator("#chart-quadrant svg")).isVisible();
		assertThat(page.locator("#chart-distribution svg")).isVisible();
		long partnerships = jdbc.sql("""
				select count(*) from partnership p join organization v on v.id = p.vendor_id where v.slug = 'magnus-cloud'
				and (p.ended_on is null or p.ended_on >= current_date - 365)""").query(Long.class).single();
		int counted = 0;
		for (String count : page.locator("#quadrant-counts tbody td.text-end").allTextContents()) {
			counted += Integer.parseInt(count.trim());
		}
		assertThat(counted).isBetween((int) Math.min(partnerships, 1), (int) partnerships + 1);
		assertThat(page.locator("#engagement-list tbody tr").first()).containsText("(");
		screenshot("engagement-dashboard");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("VEI").setExact(true)).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*sort=vei.*"));

		page.navigate(url("/engagement/channel"));
		assertThat(page.locator("#cadence li")).hasCount(7);
		assertThat(page.locator("#chart-heatmap svg")).isVisible();
		screenshot("engagement-channel");

		page.getByText("Edit the norms").click();
		assertThat(page.getByLabel("Independent partner events you take part in")).hasValue("2");
		page.getByLabel("Independent partner events you take part in").fill("3");
		page.locator("#norms-form button[type=submit]").click();
		assertThat(page.locator("#norms-saved")).isVisible();
		assertThat(page.getByLabel("Independent partner events you take part in")).hasValue("3");
		page.getByLabel("Independent partner events you take part in").fill("2");
		page.locator("#norms-form button[type=submit]").click();
		assertThat(page.getByLabel("Independent partner events you take part in")).hasValue("2");
	}

	@Test
	void explainsAPartnershipsScoresOnItsPage() {
		UUID partnership = jdbc.sql("""
				select p.id from partnership p join organization v on v.id = p.vendor_id
				where v.slug = 'helix-data-systems' and p.status = 'ACTIVE' order by p.since limit 1""").query(UUID.class).single();
		signIn("chief@helix.example");
		page.navigate(url("/partnerships/" + partnership));
		assertThat(page.locator("#gauge-pei svg")).isVisible();
		assertThat(page.locator("#gauge-vei svg")).isVisible();
		assertThat(page.locator("#chart-waterfall svg")).isVisible();
		// The five touchpoint indicators, and support's two where the partner escalated cases.
		assertThat(page.locator("#indicators-vei tbody tr").first()).isVisible();
		org.assertj.core.api.Assertions.assertThat(page.locator("#indicators-vei tbody tr").count()).isBetween(5, 7);
		assertThat(page.locator("#indicators-vei")).containsText("Direct meetings");
		assertThat(page.locator("#touchpoint-timeline")).isVisible();
		screenshot("partnership-engagement");
	}

	@Test
	void previewsHowRanksMoveBeforeSavingWeights() {
		signIn("chief@corvid.example");
		page.navigate(url("/engagement/weights"));
		page.getByLabel("Revenue", new Page.GetByLabelOptions().setExact(true)).fill("0");
		page.getByLabel("Direct meetings").fill("20");
		page.locator("#preview-button").click();
		assertThat(page.locator("#weights-preview h2")).containsText("partnerships would change rank");
		assertThat(page.locator("#preview-moves tbody tr").first()).containsText("→");
		screenshot("engagement-weights");
	}

	@Test
	void showsAPartnerWhichVendorsTakeItSeriously() {
		String email = jdbc.sql("""
				select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER_ADMIN'
				join partnership p on p.partner_id = u.organization_id and p.status = 'ACTIVE'
				group by u.email having count(distinct p.vendor_id) >= 2 order by u.email limit 1""").query(String.class).single();
		signIn(email);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vendors").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Which vendors take us seriously");
		assertThat(page.locator("#my-vendors tbody tr").count()).isGreaterThanOrEqualTo(2);
		screenshot("partner-vendors");
	}

	@Test
	void recordsATouchpointFromTheForm() {
		signIn("chief@helix.example");
		page.navigate(url("/touchpoints"));
		page.locator("#touchpoint-form").getByLabel("Type").selectOption("PRESS_BRIEFING");
		page.locator("#touchpoint-form").getByLabel("When").fill("2026-03-10T10:30");
		page.locator("#touchpoint-form").getByLabel("Title").fill("Briefing on the spring programme");
		page.locator("#touchpoint-form").getByLabel("Most senior vendor person").selectOption("CEO");
		page.locator("#record-button").click();
		assertThat(page.locator("#touchpoint-recorded")).containsText("Briefing on the spring programme");
		page.locator("#touchpoint-form").getByLabel("Title").fill(" ");
		page.locator("#touchpoint-form").getByLabel("When").fill("2026-03-11T10:30");
		page.locator("#record-button").click();
		assertThat(page.locator("#touchpoint-problem")).isVisible();
		screenshot("touchpoint-form");
	}
}
