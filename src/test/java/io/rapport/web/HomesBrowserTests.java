package io.rapport.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Each vendor-side role lands on its own home, in English and in Polish (issue 13). */
@RapportIntegrationTest
class HomesBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	private UUID helix() {
		return jdbc.sql("select id from organization where slug = 'helix-data-systems'").query(UUID.class).single();
	}

	@Test
	void theChiefSeesTheProgrammeAtAGlanceAndEachTileOpensItsList() {
		UUID helix = helix();
		long live = jdbc.sql("select count(*) from risk_alert where vendor_id = ? and status in ('OPEN', 'ACKNOWLEDGED')")
			.param(helix).query(Long.class).single();
		signIn("chief@helix.example");
		assertThat(page.locator("#tile-revenue .stat")).hasText(Pattern.compile("^[\\d,]+[\\s\\u00a0]PLN$"));
		assertThat(page.locator("#tile-alerts .stat")).hasText(Long.toString(live));
		int bySeverity = page.locator("#alerts-by-severity li > span:nth-child(2)").allTextContents().stream()
			.mapToInt(Integer::parseInt).sum();
		assertThat(bySeverity).isEqualTo((int) live);
		assertThat(page.locator("#chart-trend svg")).isVisible();
		assertThat(page.locator("#trend-table tbody tr")).not().hasCount(0);
		assertThat(page.locator("#tile-wave")).isVisible();
		assertThat(page.locator("#norms-behind li")).not().hasCount(0);
		screenshot("home-chief");

		page.locator("#tile-alerts").click();
		assertThat(page).hasURL(Pattern.compile(".*/alerts$"));
		page.goBack();
		int overdue = Integer.parseInt(page.locator("#tile-overdue .stat").textContent().strip());
		page.locator("#tile-overdue").click();
		assertThat(page).hasURL(Pattern.compile(".*/support\\?status=OPEN&overdue=true$"));
		// The list behind the tile holds the cases the tile counts, each marked overdue.
		assertThat(page.locator("#support-cases tbody tr[data-case]")).hasCount(Math.min(overdue, 25));
		assertThat(page.locator("#support-cases tbody tr[data-case]:not(:has(.badge.text-bg-warning))")).hasCount(0);
	}

	@Test
	void theChiefsHomeReadsInPolishWithPolishNumbers() {
		signIn("chief@helix.example");
		page.navigate(url("/?lang=pl"));
		assertThat(page.locator("html")).hasAttribute("lang", "pl");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zaangażowanie kwartał po kwartale")))
			.isVisible();
		assertThat(page.locator("#tile-vei .stat")).hasText(Pattern.compile("^\\d{1,3},\\d$"));
		assertThat(page.locator("#tile-revenue .stat")).hasText(Pattern.compile("^\\d{1,3}([\\s\\u00a0\\u202f]\\d{3})*[\\s\\u00a0]PLN$"));
		assertThat(page.locator("#quiet-partnerships")).isVisible();
		screenshot("home-chief-pl");
	}

	@Test
	void aCamSeesTheirOwnPartnersWithContactsAndAlerts() {
		UUID cam = jdbc.sql("select id from app_user where email = 'cam1@helix.example'").query(UUID.class).single();
		long mine = jdbc.sql("select count(*) from partnership where vendor_id = ? and channel_manager_id = ? and status = 'ACTIVE'")
			.params(helix(), cam).query(Long.class).single();
		long myAlerts = jdbc.sql("""
				select count(*) from risk_alert a join partnership p on p.id = a.partnership_id
				where a.vendor_id = ? and p.channel_manager_id = ? and a.status in ('OPEN', 'ACKNOWLEDGED')""")
			.params(helix(), cam).query(Long.class).single();
		assertThat(mine).isPositive();
		signIn("cam1@helix.example");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My partners");
		assertThat(page.locator("#my-partners tbody tr[data-partnership]")).hasCount((int) mine);
		assertThat(page.locator("#tile-my-alerts .stat")).hasText(Long.toString(myAlerts));
		assertThat(page.locator("#my-partners tbody tr[data-partnership] .last-contact").first()).not().hasText("");
		screenshot("home-cam");

		page.navigate(url("/?lang=pl"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Moi partnerzy");
		assertThat(page.locator("#my-partners thead")).containsText("Następny kontakt");
		screenshot("home-cam-pl");
	}

	@Test
	void theExecutiveSeesTheCascadeReadOnly() {
		signIn("ceo@helix.example");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Helix Data Systems: the cascade");
		assertThat(page.locator("#cascade-table tbody tr")).hasCount(8);
		long executive = page.locator("#cascade-table .executive").allTextContents().stream()
			.mapToLong(t -> Long.parseLong(t.replaceAll("\\D", ""))).sum();
		long touches = jdbc.sql("""
				select count(*) from touchpoint where vendor_id = ? and seniority in ('CEO', 'EXECUTIVE')
				and direction <> 'PARTNER_TO_VENDOR'""").param(helix()).query(Long.class).single();
		assertThat(executive).isPositive().isLessThanOrEqualTo(touches);
		assertThat(page.locator("#chart-cascade svg")).isVisible();
		assertThat(page.locator("#at-risk tbody tr")).not().hasCount(0);
		// Read-only: nothing on the page sends anything.
		assertThat(page.locator("main form")).hasCount(0);
		screenshot("home-executive");

		page.navigate(url("/?lang=pl"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Helix Data Systems: kaskada");
		assertThat(page.locator("#cascade-table thead")).containsText("Prezes i kierownictwo");
		screenshot("home-executive-pl");
	}

	@Test
	void theTrendsPageIsInTheMenuAndEachHistoryExportsWithItsNumbers() throws Exception {
		signIn("chief@helix.example");
		page.click("#menu-engagement > summary");
		page.locator("#menu-engagement a[href='/trends']").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Helix Data Systems: trends");
		assertThat(page.locator("#chart-pei-spread svg")).isVisible();
		assertThat(page.locator("#chart-support svg")).isVisible();
		assertThat(page.locator("#engagement-trend tbody tr")).hasCount(8);
		assertThat(page.locator("#support-trend tbody tr")).hasCount(8);
		assertThat(page.locator("#concentration-trend tbody tr")).not().hasCount(0);
		screenshot("trends");

		com.microsoft.playwright.Download download = page.waitForDownload(
				() -> page.locator("a[href='/trends?format=csv&series=engagement']").click());
		java.util.List<String> lines = java.nio.file.Files.readAllLines(download.path());
		assertThat(lines).hasSize(9);
		assertThat(lines.get(0)).contains("Quarter").contains("Median PEI");
		String quarter = page.locator("#engagement-trend tbody tr").first().locator("td").first().textContent().strip();
		assertThat(lines.get(1)).startsWith(quarter);

		page.navigate(url("/trends?lang=pl"));
		assertThat(page.locator("#engagement-trend thead")).containsText("VEI całego kanału");
		assertThat(page.locator("#engagement-trend tbody tr").first().locator("td").nth(1))
			.hasText(Pattern.compile("^\\d{1,3},\\d$"));
		screenshot("trends-pl");
	}

	@Test
	void partnersAndAnalystsHaveNoTrendsPage() {
		signIn("analyst@hub.example");
		page.navigate(url("/trends"));
		assertThat(page.locator("h1")).not().hasText(Pattern.compile("trends"));
		assertThat(page.locator("#engagement-trend")).hasCount(0);
	}

	@Test
	void theAnalystSeesStandingsAsIntervalsWithTiesAndTheirTrend() {
		signIn("analyst@hub.example");
		assertThat(page.locator("#analyst-standings tbody tr").first()).isVisible();
		assertThat(page.locator("#chart-standings svg")).isVisible();
		// A vendor tied with another holds a range of places, never one number of its own.
		var tied = page.locator("#analyst-standings tbody tr[data-tied=true] td.place");
		for (String place : tied.allTextContents()) {
			assertThat(place).matches("\\d+–\\d+");
		}
		assertThat(page.locator("#analyst-waves thead th")).not().hasCount(1);
		screenshot("home-analyst");

		page.navigate(url("/?lang=pl"));
		assertThat(page.locator("#analyst-standings thead")).containsText("Miejsce");
		assertThat(page.locator("#analyst-standings tbody tr td:nth-child(3)").first()).hasText(Pattern.compile("^\\d,\\d{2}$"));
		screenshot("home-analyst-pl");
	}
}
