package io.rapport.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;

/**
 * Issue 13, survey waves worked from pages: whoever runs a wave sends its reminder and closes it early
 * after a confirmation; the perception gap is in the menu and shows the vendor's voice across waves;
 * the analyst's standings show intervals as intervals and ties where they overlap.
 */
@RapportIntegrationTest
class SurveyWaveBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	@Test
	void theChiefRemindsAndClosesAWaveEarlyAndReadsTheTrendAcrossWaves() {
		Programme programme = programmes.vendor("Wave Work Vendor");
		for (int i = 0; i < 5; i++) {
			programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		}
		String domain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		users.register(new NewUser(programme.vendorId(), "ceo@" + domain, "Prezes Czytelnik", "demo", null,
				Set.of(Role.VENDOR_EXECUTIVE)));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String first = wave(chief, programme, "Autumn wave", 6);
		assertThat(chief.post("/api/v1/surveys/" + first + "/close", "").status()).isEqualTo(200);
		String second = wave(chief, programme, "Winter wave", 8);

		// A read-only executive sees the waves but none of the controls.
		signIn("ceo@" + domain);
		page.navigate(url("/surveys"));
		assertThat(page.locator("[data-survey='" + second + "']")).isVisible();
		assertThat(page.locator(".survey-remind, .survey-close")).hasCount(0);

		signIn(programme.chiefEmail());
		page.navigate(url("/surveys"));
		Locator row = page.locator("[data-survey='" + second + "']");
		row.locator(".survey-remind button").click();
		assertThat(page.locator("#survey-reminded")).containsText("Winter wave");
		assertThat(row.locator(".survey-remind")).hasCount(0);
		assertThat(row).containsText("Reminder sent");

		row.locator(".survey-close").click();
		assertThat(page.locator("#close-warning")).containsText("cannot be opened again");
		page.click("#close-submit");
		assertThat(page.locator("#close-unconfirmed")).isVisible();
		page.check("#confirmed");
		page.click("#close-submit");
		assertThat(page.locator("#survey-closed-early")).containsText("Winter wave");
		assertThat(page.locator("[data-survey='" + second + "'] .badge")).hasText("closed");
		screenshot("survey-closed-early");

		// The perception gap is one click from the menu, with the voice across both waves.
		page.click("#menu-voice > summary");
		assertThat(page.locator("a.nav-link[href='/perception-gap']")).hasText("Perception gap");
		page.click("a.nav-link[href='/perception-gap']");
		assertThat(page).hasURL(url("/perception-gap"));
		page.locator("#self-form input[type=number]").first().fill("9");
		page.locator("#self-form button[type=submit]").click();
		assertThat(page.locator("#trend-table tbody tr")).hasCount(2);
		assertThat(page.locator("#trend-table tbody tr").first()).containsText("Autumn wave");
		// Five partners recommending 6, then 8: NPS −100 (all passives or detractors), then 0 (all passives).
		assertThat(page.locator("[data-survey='" + first + "'] td").nth(1)).hasText("-100");
		assertThat(page.locator("[data-survey='" + second + "'] td").nth(1)).hasText("0");
		assertThat(page.locator("#trend-table tbody td:last-child").allTextContents()).anyMatch(gap -> !gap.equals("—"));
		assertThat(page.locator("#trend-chart svg")).isVisible();
		screenshot("voice-trend-en");
	}

	@Test
	void theChiefClosesAWaveInPolish() {
		Programme programme = programmes.vendor("Polska Fala Vendor");
		for (int i = 0; i < 5; i++) {
			programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		}
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String wave = wave(chief, programme, "Fala jesienna", 9);
		signIn(programme.chiefEmail());
		page.navigate(url("/surveys?lang=pl"));
		Locator row = page.locator("[data-survey='" + wave + "']");
		row.locator(".survey-remind button").click();
		assertThat(page.locator("#survey-reminded")).containsText("Przypomnienie o ankiecie Fala jesienna");
		row.locator(".survey-close").click();
		assertThat(page.locator("#close-warning")).containsText("fali nie da się ponownie otworzyć");
		page.check("#confirmed");
		page.click("#close-submit");
		assertThat(page.locator("#survey-closed-early")).containsText("Fala Fala jesienna jest zamknięta");
		page.navigate(url("/surveys/" + wave + "/close"));
		assertThat(page.locator("#close-not-open")).hasText("Ankieta jest już zamknięta.");
		page.click("#menu-voice > summary");
		assertThat(page.locator("a.nav-link[href='/perception-gap']")).hasText("Luka percepcji");
		page.click("a.nav-link[href='/perception-gap']");
		assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Między falami"))).isVisible();
		// Five partners recommending 9: NPS 100.
		assertThat(page.locator("[data-survey='" + wave + "'] td").nth(1)).hasText("100");
		screenshot("voice-trend-pl");
	}

	@Test
	void theAnalystSeesIntervalsAndTiesWhereTheyOverlap() {
		Programme close = vendorRated("Tie Vendor A");
		Programme near = vendorRated("Tie Vendor B");
		Programme top = vendorRated("Top Vendor C");
		ApiClient analyst = ApiClient.as(port, "analyst@hub.example");
		String wave = analyst.post("/api/v1/surveys", """
				{"title":"Ranking z remisami","vendorIds":["%s","%s","%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(close.vendorId(), near.vendorId(), top.vendorId(), today, today.plusDays(14))).json().get("id").asString();
		answer(wave, close, new int[] { 5, 6, 7, 6, 5 });
		answer(wave, near, new int[] { 6, 6, 7, 5, 6 });
		answer(wave, top, new int[] { 10, 10, 9, 10, 10 });
		assertThat(analyst.post("/api/v1/surveys/" + wave + "/close", "").status()).isEqualTo(200);

		signIn("analyst@hub.example");
		page.navigate(url("/surveys/" + wave + "/standings"));
		Locator topRow = page.locator("#standings tbody tr[data-vendor='" + top.vendorId() + "']");
		assertThat(topRow.locator(".standing-place")).hasText("1");
		assertThat(topRow.locator(".standing-tie")).hasCount(0);
		Locator closeRow = page.locator("#standings tbody tr[data-vendor='" + close.vendorId() + "']");
		assertThat(closeRow.locator(".standing-place")).hasText("2–3");
		assertThat(closeRow.locator(".standing-tie")).containsText("tied with Tie Vendor B");
		assertThat(page.locator("#standings tbody tr[data-vendor='" + near.vendorId() + "'] .standing-place")).hasText("2–3");
		assertThat(page.locator("#standings-intervals svg")).isVisible();
		screenshot("standings-ties-en");

		page.navigate(url("/surveys/" + wave + "/standings?lang=pl"));
		assertThat(closeRow.locator(".standing-tie")).containsText("ex aequo z: Tie Vendor B");
		assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Ocena ogólna z przedziałem 95%"))).isVisible();
	}

	private Programme vendorRated(String name) {
		Programme programme = programmes.vendor(name);
		for (int i = 0; i < 5; i++) {
			programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		}
		return programme;
	}

	private void answer(String wave, Programme programme, int[] ratings) {
		for (int i = 0; i < ratings.length; i++) {
			Partner partner = programme.partners().get(i);
			ApiClient.Response answered = ApiClient.as(port, partner.adminEmail()).post("/api/v1/surveys/" + wave + "/responses", """
					{"vendorId":"%s","nps":8,"ratings":{"communication_regularity":%d,"phone_support":%d}}"""
				.formatted(programme.vendorId(), ratings[i], ratings[i]));
			assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		}
	}

	/** An open wave about the vendor that its five partners answered, each recommending it as given. */
	private String wave(ApiClient chief, Programme programme, String title, int nps) {
		String survey = chief.post("/api/v1/surveys", """
				{"title":"%s","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(title, programme.vendorId(), today, today.plusDays(14))).json().get("id").asString();
		for (Partner partner : programme.partners()) {
			ApiClient.Response answered = ApiClient.as(port, partner.adminEmail()).post("/api/v1/surveys/" + survey + "/responses", """
					{"vendorId":"%s","nps":%d,"ratings":{"communication_regularity":5,"phone_support":6}}"""
				.formatted(programme.vendorId(), nps));
			assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		}
		return survey;
	}
}
