package io.rapport.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.identity.UserDirectory;
import io.rapport.notifications.AtRiskProgramme;
import io.rapport.organizations.PartnershipManagement;

/**
 * Issue 13, the inbox in the header: a CAM with an alert raised for them sees the bell's count,
 * opens the inbox, follows the notice to the alert, and the count drops; the same in Polish; the
 * choices page keeps what a person chose and, with a mail server, claims nothing false.
 */
@RapportIntegrationTest
class InboxBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	@Autowired
	PartnershipManagement partnerships;

	@Autowired
	JdbcClient jdbc;

	private AtRiskProgramme at;

	@BeforeAll
	void twoCamsWithAnAlertEach() {
		at = AtRiskProgramme.build("Inbox Browser Vendor", programmes, users, partnerships, port);
		assertThat(at.evaluate(port).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(ApiClient.as(port, at.firstCam()).get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(1);
			assertThat(ApiClient.as(port, at.secondCam()).get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(1);
		});
	}

	@Test
	void aCamSeesTheCountOpensTheInboxFollowsTheAlertAndTheCountDrops() {
		signIn(at.firstCam());
		assertThat(page.locator("#inbox-count")).hasText("1");
		assertThat(page.locator("#inbox-link")).hasAttribute("title", "Inbox, 1 unread");
		page.locator("#inbox-link").click();
		assertThat(page).hasURL(url("/inbox"));
		assertThat(page.locator("h1")).hasText("Inbox");
		assertThat(page.locator("#inbox-summary")).hasText("1 notice, 1 unread");
		assertThat(page.locator(".inbox-unread .inbox-open"))
			.hasText(at.quitter().name() + " is at risk: a high alert was raised for you.");
		screenshot("inbox-en");
		page.locator(".inbox-open").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/alerts/[0-9a-f-]{36}$"));
		assertThat(page.locator("main")).containsText(at.quitter().name());
		assertThat(page.locator("#inbox-count")).hasCount(0);
		assertThat(page.locator("#inbox-link")).hasAttribute("title", "Inbox, nothing unread");
		page.locator("#inbox-link").click();
		assertThat(page.locator(".inbox-read .inbox-open")).hasCount(1);
		assertThat(page.locator("#inbox-summary")).hasText("1 notice, none unread");
		assertThat(page.locator("#inbox-read-all")).hasCount(0);
	}

	@Test
	void thePolishInboxSaysTheSameInPolish() {
		signIn(at.secondCam());
		page.navigate(url("/inbox?lang=pl"));
		assertThat(page.locator("h1")).hasText("Powiadomienia");
		assertThat(page.locator("#inbox-count")).hasText("1");
		assertThat(page.locator("#inbox-link")).hasAttribute("title", "Powiadomienia, 1 nieprzeczytane");
		assertThat(page.locator("#inbox-summary")).hasText("1 powiadomienie, 1 nieprzeczytane");
		assertThat(page.locator(".inbox-unread .inbox-open")).hasText("Zagrożone partnerstwo: " + at.lapsing().name()
				+ ". Podniesiono dla Ciebie alert o wadze niskiej.");
		assertThat(page.locator(".inbox-unread")).containsText("Nowe");
		screenshot("inbox-pl");
		page.locator(".inbox-open").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/alerts/[0-9a-f-]{36}$"));
		assertThat(page.locator("#inbox-count")).hasCount(0);
		assertThat(page.locator("#inbox-link")).hasAttribute("title", "Powiadomienia, brak nieprzeczytanych");
	}

	@Test
	void thePreferencesPageKeepsWhatWasChosenInBothLanguages() {
		signIn(at.firstCam());
		page.navigate(url("/inbox/preferences?lang=pl"));
		assertThat(page.locator("h1")).hasText("Jak mnie powiadamiać");
		// A mail server is configured here: the page does not say that no e-mail can go out.
		assertThat(page.locator("#inbox-no-mail")).hasCount(0);
		page.getByLabel("Powiadomienia i e-mail za każdym razem").first().check();
		page.locator("#surveyWave-DIGEST").check();
		page.locator("#inbox-preferences-save").click();
		assertThat(page.locator("#inbox-saved")).hasText("Twój wybór został zapisany.");
		assertThat(page.locator("#alert-EMAIL")).isChecked();
		assertThat(page.locator("#overdueCase-INBOX")).isChecked();
		assertThat(page.locator("#surveyWave-DIGEST")).isChecked();
		page.navigate(url("/inbox/preferences?lang=en"));
		assertThat(page.locator("legend").first()).hasText("Partnership at risk");
		assertThat(page.locator("#alert-EMAIL")).isChecked();
		String chosen = ApiClient.as(port, at.firstCam()).get("/api/v1/notification-preferences").body();
		assertThat(chosen).contains("\"ALERT\":\"EMAIL\"").contains("\"SURVEY_WAVE\":\"DIGEST\"");
	}

	@Test
	void aLongInboxPagesInPlaceKeepingOneHeader() {
		java.util.UUID chiefId = users.findByEmail(at.programme().chiefEmail()).orElseThrow().id();
		for (int i = 0; i < 25; i++) {
			jdbc.sql("""
					insert into notification (organization_id, id, user_id, kind, subject, message_code, arguments, link, delivery,
					                          created_at, read_at)
					values (?, gen_random_uuid(), ?, 'SURVEY_WAVE', ?, 'notice.survey.openedRun', cast(? as jsonb), '/surveys', 'INBOX',
					        now() - make_interval(mins => ?), now())""")
				.params(at.programme().vendorId(), chiefId, "paging:" + i, "[\"Fala " + i + "\", \"2099-01-01\"]", i).update();
		}
		signIn(at.programme().chiefEmail());
		page.navigate(url("/inbox"));
		assertThat(page.locator(".inbox-item")).hasCount(20);
		page.locator(".list-pager a[rel=next]").click();
		assertThat(page).hasURL(Pattern.compile(".*/inbox\\?page=1$"));
		assertThat(page.locator(".list-pager")).containsText("Page 2 of 2");
		assertThat(page.locator(".inbox-item").last()).containsText("Fala 24");
		assertThat(page.locator("header")).hasCount(1);
		assertThat(page.navigate(url("/inbox?page=999")).status()).isEqualTo(200);
		assertThat(page.locator(".list-pager")).containsText("Page 2 of 2");
	}

	@Test
	void anotherPersonsNoticeIsNotFound() {
		String theirs = ApiClient.as(port, at.secondCam()).get("/api/v1/notifications").json().get("notifications").get("content")
			.get(0).get("id").asString();
		signIn(at.firstCam());
		assertThat(page.navigate(url("/inbox/" + theirs + "/open")).status()).isEqualTo(404);
		assertThat(page.navigate(url("/inbox/not-an-id/open")).status()).isEqualTo(404);
	}
}
