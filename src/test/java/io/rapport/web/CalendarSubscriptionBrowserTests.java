package io.rapport.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import io.rapport.touchpoints.TestCalendarServer;
import io.rapport.touchpoints.TestCalendarServer.Meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13, calendars without uploads: from the import page a channel chief subscribes to a
 * published calendar, syncs it and reads what the sync did, a failure included, in English and
 * Polish; a read-only executive sees the calendars and none of the controls.
 */
@RapportIntegrationTest
class CalendarSubscriptionBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	private TestCalendarServer server;

	@BeforeEach
	void aPublishedCalendar() {
		server = TestCalendarServer.start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aChiefSubscribesSyncsAndSeesTheResultAnExecutiveSeesNoControls() {
		Programme programme = programmes.vendor("Browser Calendar Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		String vendorDomain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		String partnerDomain = partner.adminEmail().substring(partner.adminEmail().indexOf('@') + 1);
		users.register(new NewUser(programme.vendorId(), "ceo@" + vendorDomain, "Prezes Kalendarza", "demo", null,
				Set.of(Role.VENDOR_EXECUTIVE)));
		server.serve(TestCalendarServer.calendar(programme.chiefEmail(), List.of(
				new Meeting("qbr-1", LocalDate.now().minusDays(12), "Kwartalny przegląd", "jan@" + partnerDomain),
				new Meeting("demo-1", LocalDate.now().minusDays(4), "Prezentacja produktu", "ewa@" + partnerDomain))));

		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints/import"));
		page.locator("#calendars-link").click();
		assertThat(page.locator("h1")).hasText("Subscribed calendars");
		assertThat(page.locator("#calendars-empty")).isVisible();

		// An empty address is refused on its field.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
		assertThat(page.locator("#calendar-url-error")).hasText("Give the calendar's published address.");

		page.getByLabel("Published calendar address (ICS)").fill(server.url());
		page.getByLabel("The vendor's calendar").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
		assertThat(page.locator("#calendar-changed")).containsText("Subscribed to the calendar at http://127.0.0.1:");
		assertThat(page.locator("#calendar-subscriptions tbody tr")).hasCount(1);
		assertThat(page.locator("#calendar-subscriptions")).not().containsText("secret-token");
		assertThat(page.locator("#calendar-subscriptions tbody tr").first()).containsText("Not synced yet");

		page.locator(".calendar-sync").first().click();
		assertThat(page.locator("#calendar-changed")).containsText("is synced");
		assertThat(page.locator(".calendar-result").first()).containsText("2 new touchpoints, 0 updated, 0 unchanged.");
		screenshot("calendar-subscriptions");

		page.locator(".calendar-sync").first().click();
		assertThat(page.locator(".calendar-result").first()).hasText("Unchanged since the last sync.");

		page.locator(".calendar-pause").first().click();
		assertThat(page.locator(".calendar-paused")).hasText("paused: fetched only with Sync now");
		page.locator(".calendar-resume").first().click();
		assertThat(page.locator(".calendar-paused")).hasCount(0);

		server.fail(404);
		page.locator(".calendar-sync").first().click();
		assertThat(page.locator(".calendar-result .calendar-error").first())
			.containsText("The calendar server has no calendar at this address (status 404)");
		assertThat(page.locator("#calendar-problem")).containsText("could not be synced: The calendar server has no calendar");
		page.navigate(url("/touchpoints/calendars?lang=pl"));
		assertThat(page.locator(".calendar-result .calendar-error").first())
			.containsText("Pod tym adresem serwer nie ma kalendarza (kod 404)");
		assertThat(page.locator(".calendar-sync").first()).hasText("Synchronizuj teraz");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subskrybuj")).click();
		assertThat(page.locator("#calendar-url-error")).hasText("Podaj opublikowany adres kalendarza.");
		page.navigate(url("/touchpoints/calendars?lang=en"));

		// A read-only executive sees the calendar and what its sync did, and no control.
		page.context().clearCookies();
		signIn("ceo@" + vendorDomain);
		page.navigate(url("/touchpoints/calendars"));
		assertThat(page.locator("#calendar-subscriptions tbody tr")).hasCount(1);
		assertThat(page.locator(".calendar-result .calendar-error")).hasCount(1);
		assertThat(page.locator(".calendar-sync, .calendar-remove, #calendar-form")).hasCount(0);
		assertThat(page.locator("#calendars-read-only")).isVisible();

		// The chief removes it, after confirming.
		page.context().clearCookies();
		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints/calendars"));
		page.locator(".calendar-remove").first().click();
		assertThat(page.locator("h1")).hasText("Stop fetching this calendar?");
		page.locator("#confirm-remove").click();
		assertThat(page.locator("#calendar-changed")).containsText("has ended");
		assertThat(page.locator("#calendars-empty")).isVisible();
	}
}
