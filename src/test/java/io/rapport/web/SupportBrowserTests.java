package io.rapport.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.support.Channel;
import io.rapport.support.NewSupportCase;
import io.rapport.support.Severity;
import io.rapport.support.SupportCaseView;
import io.rapport.support.SupportCases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A partner escalating a customer's problem, and the vendor's chief answering and solving it. */
@RapportIntegrationTest
class SupportBrowserTests extends BrowserSupport {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	TestProgrammes programmes;

	@Autowired
	SupportCases cases;

	@Test
	void aPartnerOpensACaseAndTheChiefResolvesItOnTheFirstCall() {
		Programme programme = programmes.vendor("Browser Support Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(partner.adminEmail());
		page.navigate(url("/support"));
		page.locator("#open-case").getByLabel("Channel").selectOption("PHONE");
		page.locator("#open-case").getByLabel("Severity").selectOption("HIGH");
		page.getByLabel("What is the customer's problem?").fill("Customer's firewall drops VPN sessions");
		screenshot("support-open");
		page.locator("#open-case button[type=submit]").click();
		assertThat(page.locator("#support-done")).isVisible();
		assertThat(page.locator("#support-cases tbody tr").first()).containsText("Customer's firewall drops VPN sessions");

		signIn(programme.chiefEmail());
		page.navigate(url("/support"));
		Page.LocatorOptions vpn = new Page.LocatorOptions().setHasText("Customer's firewall drops VPN sessions");
		assertThat(page.locator("#open-backlog")).hasText("1");
		page.locator("#support-cases tbody tr", vpn).getByText("first call").click();
		page.locator("#support-cases tbody tr", vpn).getByText("Record the resolution").click();
		assertThat(page.locator("#support-done")).containsText("resolved");
		assertThat(page.locator("#support-cases tbody tr", vpn)).containsText("first call");
		assertThat(page.locator("#open-backlog")).hasText("0");
		assertThat(page.locator("#support-metrics")).containsText("100%");
		screenshot("support-vendor");
	}

	/** Issue 13: a read-only executive met "Something went wrong" resolving a case; it sees no such control now. */
	@Test
	void theExecutiveSeesTheCasesWithoutAnyButtonToAnswerOrResolve() {
		signIn("ceo@helix.example");
		page.navigate(url("/support"));
		assertThat(page.locator("#support-cases tbody tr").first()).isVisible();
		assertThat(page.locator("#support-cases form")).hasCount(0);
		assertThat(page.locator("#support-targets button[type=submit]")).hasCount(0);
		page.navigate(url("/support?lang=pl"));
		assertThat(page.locator("#support-cases form")).hasCount(0);
		assertThat(page.getByText("Zapisz rozwiązanie")).hasCount(0);
	}

	/** Issue 13: a case is resolved at the time it was, not only "now", and a time before its opening is refused. */
	@Test
	void theChiefRecordsTheAnswerAndTheResolutionAtThePastTimesTheyHappenedInPolish() {
		Programme programme = programmes.vendor("Browser Past Times Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		OffsetDateTime opened = OffsetDateTime.now(WARSAW).minusHours(6).truncatedTo(ChronoUnit.MINUTES);
		SupportCaseView opened5 = TestProgrammes.as(programme.chief(), () -> cases.open(new NewSupportCase(
				partner.partnershipId(), Channel.EMAIL, Severity.HIGH, "Licencja nie aktywuje się", opened), "MANUAL"));
		signIn(programme.chiefEmail());
		page.navigate(url("/support?lang=pl"));
		Page.LocatorOptions row = new Page.LocatorOptions().setHasText("Licencja nie aktywuje się");
		LocalDateTime local = opened.atZoneSameInstant(WARSAW).toLocalDateTime();
		page.fill("#answered-at-" + opened5.id(), local.minusHours(1).toString());
		page.locator("#support-cases tbody tr", row).getByText("Zapisz pierwszą odpowiedź").click();
		// The refusal names both moments as the chief wrote them: in Polish, at the programme's time.
		java.time.format.DateTimeFormatter polish = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
		assertThat(page.locator("#support-problem")).containsText("Pierwsza odpowiedź (" + polish.format(local.minusHours(1)));
		assertThat(page.locator("#support-problem")).containsText("jest wcześniejsza niż otwarcie zgłoszenia (" + polish.format(local));
		page.fill("#answered-at-" + opened5.id(), local.plusMinutes(30).toString());
		page.locator("#support-cases tbody tr", row).getByText("Zapisz pierwszą odpowiedź").click();
		assertThat(page.locator("#support-done")).hasText("Pierwsza odpowiedź została zapisana.");
		page.fill("#resolved-at-" + opened5.id(), local.plusHours(2).toString());
		page.locator("#support-cases tbody tr", row).getByText("Zapisz rozwiązanie").click();
		assertThat(page.locator("#support-done")).hasText("Zgłoszenie zostało rozwiązane.");
		assertThat(page.locator("#support-cases tbody tr", row)).containsText("po 0,5 h");
		assertThat(page.locator("#support-cases tbody tr", row)).containsText("po 2,0 h");
		screenshot("support-past-resolution-pl");
	}

	@Test
	void theCaseListFiltersOverdueCasesAndExportsThemAsFiltered() {
		Programme programme = programmes.vendor("Browser Overdue Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		OffsetDateTime now = OffsetDateTime.now(WARSAW);
		TestProgrammes.as(programme.chief(), () -> cases.open(new NewSupportCase(partner.partnershipId(), Channel.PHONE,
				Severity.CRITICAL, "Outage nobody answered", now.minusDays(2)), "MANUAL"));
		TestProgrammes.as(programme.chief(), () -> cases.open(new NewSupportCase(partner.partnershipId(), Channel.EMAIL,
				Severity.LOW, "Question asked a minute ago", now.minusMinutes(1)), "MANUAL"));
		signIn(programme.chiefEmail());
		page.navigate(url("/support"));
		assertThat(page.locator("#case-count")).hasText("Cases found: 2");
		page.getByLabel("Overdue only").check();
		assertThat(page.locator("#case-count")).hasText("Cases found: 1");
		assertThat(page.locator("#support-cases tbody")).containsText("Outage nobody answered");
		assertThat(page.locator("#support-cases tbody")).containsText("overdue");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*overdue=true.*"));
		String csv = new String(page.request().get(url("/support?overdue=true&format=csv")).body(), StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(csv).contains("Outage nobody answered").doesNotContain("Question asked");
		page.navigate(url("/support?page=abc&status=sideways&from=x"));
		assertThat(page.locator("#case-count")).hasText("Cases found: 2");
		page.navigate(url("/support?severity=LOW&sort=nonsense&lang=pl"));
		assertThat(page.locator("#case-count")).hasText("Znalezione zgłoszenia: 1");
		assertThat(page.locator("#support-cases tbody")).containsText("Question asked a minute ago");
	}
}
