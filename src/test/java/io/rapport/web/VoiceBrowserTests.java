package io.rapport.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A partner answering a survey, and the chief reading what partners said beside what the team believes. */
@RapportIntegrationTest
class VoiceBrowserTests extends BrowserSupport {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Autowired
	TestProgrammes programmes;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aPartnerAnswersAndTheChiefSeesThePerceptionGap() {
		Programme programme = programmes.vendor("Browser Voice Vendor");
		for (int i = 0; i < 5; i++) {
			programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		}
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		String survey = chief.post("/api/v1/surveys", """
				{"title":"Spring wave","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today, today.plusDays(14))).json().get("id").asString();
		for (int i = 0; i < 4; i++) {
			Partner partner = programme.partners().get(i);
			assertThat(ApiClient.as(port, partner.adminEmail()).post("/api/v1/surveys/" + survey + "/responses", """
					{"vendorId":"%s","nps":%d,"ratings":{"communication_regularity":%d,"phone_support":6},"comment":"Comment %d"}"""
				.formatted(programme.vendorId(), 6 + i, 3 + i, i)).status()).isEqualTo(201);
		}

		// The fifth partner answers in the browser.
		signIn(programme.partners().get(4).adminEmail());
		page.navigate(url("/surveys"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Answer about"))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("work with you");
		page.getByLabel("Regular communication", EXACT).selectOption("4");
		page.getByLabel("Solving customers' problems by phone", EXACT).selectOption("7");
		page.getByLabel("Importance of Solving customers' problems by phone").selectOption("5");
		page.getByLabel(java.util.regex.Pattern.compile("How likely are you to recommend")).selectOption("9");
		page.getByLabel(java.util.regex.Pattern.compile("Anything else")).fill("Phone support saves our projects.");
		// Issue 12: the form says what "do not quote" means.
		assertThat(page.locator("#doNotQuote-help")).containsText("nobody ever sees it word for word");
		screenshot("survey-answer");
		page.locator("#answer-form button[type=submit]").click();
		assertThat(page.locator("#answer-saved")).isVisible();
		assertThat(page.getByLabel("Regular communication", EXACT)).hasValue("4");
		assertThat(chief.post("/api/v1/surveys/" + survey + "/close", "").status()).isEqualTo(200);

		signIn(programme.chiefEmail());
		page.navigate(url("/surveys"));
		page.locator("[data-survey='" + survey + "']").getByText("Results").click();
		// Regular communication 3, 4, 5, 6 and 4: mean 4.40 over five partners.
		assertThat(page.locator("[data-criterion='communication_regularity'] td").first()).hasText("4.40");
		assertThat(page.locator("[data-criterion='executive_access']")).containsText("Fewer than 5");
		assertThat(page.locator("#criteria-chart svg")).isVisible();
		// Five organisations wrote a comment (issue 12: fewer and none would show).
		assertThat(page.locator("#comments")).containsText("Phone support saves our projects.");
		screenshot("survey-results");

		page.navigate(url("/perception-gap?surveyId=" + survey));
		page.getByLabel("Regular communication", EXACT).fill("9");
		page.getByLabel("Solving customers' problems by phone", EXACT).fill("6");
		page.locator("#self-form button[type=submit]").click();
		assertThat(page.locator("#gap-saved")).isVisible();
		// The team's 9 against the partners' 4.40 is the largest gap, and outside their interval.
		assertThat(page.locator("#gap-table tbody tr").first()).hasAttribute("data-criterion", "communication_regularity");
		assertThat(page.locator("#gap-table tbody tr").first()).containsText("4.60 *");
		assertThat(page.locator("#gap-chart svg")).isVisible();
		screenshot("perception-gap");
	}

	@Test
	void showsNothingOfFourAnswersButTheirNumber() {
		Programme programme = programmes.vendor("Four Answers Vendor");
		for (int i = 0; i < 4; i++) {
			programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		}
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		String survey = chief.post("/api/v1/surveys", """
				{"title":"Small wave","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today, today.plusDays(14))).json().get("id").asString();
		for (Partner partner : programme.partners()) {
			ApiClient.as(port, partner.adminEmail()).post("/api/v1/surveys/" + survey + "/responses", """
					{"vendorId":"%s","nps":3,"ratings":{"honesty_about_mistakes":1},"comment":"Sign of a partner"}"""
				.formatted(programme.vendorId()));
		}
		chief.post("/api/v1/surveys/" + survey + "/close", "");
		signIn(programme.chiefEmail());
		page.navigate(url("/surveys/" + survey + "/results"));
		assertThat(page.locator("#results-suppressed")).isVisible();
		assertThat(page.locator("#nps-score")).hasCount(0);
		assertThat(page.locator("#comments")).hasCount(0);
		assertThat(page.locator("[data-criterion='honesty_about_mistakes']")).containsText("Fewer than 5");
		assertThat(page.locator("main")).not().containsText("Sign of a partner");
	}

	@Test
	void theAnalystRanksTheVendorsAndAPartnerReadsItsReportCard() {
		signIn("analyst@hub.example");
		page.navigate(url("/surveys"));
		page.locator("#surveys tr", new Page.LocatorOptions().setHasText("Raport kanałowy")).first()
			.getByText("Standings").click();
		// The demo's three vendors, each rated by dozens of partners: all ranked, the dominant one last.
		assertThat(page.locator("#standings tbody tr")).hasCount(3);
		assertThat(page.locator("#standings tbody tr").last()).containsText("Magnus");
		assertThat(page.locator("#standings-matrix svg")).isVisible();
		assertThat(page.locator("#standings tbody tr").first().locator("td").last()).not().hasText("—");
		screenshot("vendor-standings");

		String partner = jdbc.sql("""
				select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER_ADMIN'
				join partnership p on p.partner_id = u.organization_id join organization v on v.id = p.vendor_id
				where v.slug = 'magnus-cloud' and p.status = 'ACTIVE' order by u.email limit 1""").query(String.class).single();
		signIn(partner);
		page.navigate(url("/report-card"));
		assertThat(page.locator("#card-rule")).containsText("avoid a vendor");
		assertThat(page.locator("#report-card tbody tr", new Page.LocatorOptions().setHasText("Magnus"))).containsText("avoid");
		screenshot("partner-report-card");
	}
}
