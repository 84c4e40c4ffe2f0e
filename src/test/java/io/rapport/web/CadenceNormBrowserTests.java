package io.rapport.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.MovableClock;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Programme;
import io.rapport.touchpoints.NewTouchpoint;
import io.rapport.touchpoints.TouchpointSource;
import io.rapport.touchpoints.Touchpoints;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The cadence norms page: plain words, reachable from the touchpoints, and a running quarter not yet "missed" (issue 13). */
@RapportIntegrationTest
class CadenceNormBrowserTests extends BrowserSupport {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	TestProgrammes programmes;

	@Autowired
	Touchpoints touchpoints;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void theChiefSetsATargetAndTheRunningQuarterReadsOnTrackRatherThanMissed() {
		Programme programme = programmes.vendor("Browser Norms Vendor");
		programmes.partner(programme, "Platinum", LocalDate.of(2024, 1, 1));
		// The tenth day of the calendar quarter under way (the test vendor's fiscal year is the calendar year).
		LocalDate today = LocalDate.now(WARSAW);
		LocalDate tenth = today.with(IsoFields.DAY_OF_QUARTER, 10);
		clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, tenth)));
		OffsetDateTime yesterday = OffsetDateTime.now(clock).atZoneSameInstant(WARSAW).toOffsetDateTime().minusDays(1);
		TestProgrammes.as(programme.chief(), () -> touchpoints.record(new NewTouchpoint("PRESS_BRIEFING", yesterday,
				"Channel press breakfast", null, List.of(), null, null, null, null, null, null), TouchpointSource.API));
		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints"));
		page.locator("#norms-link").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1))).hasText("Cadence norms");
		assertThat(page.locator("#norms-table")).containsText("Independent partner events you take part in");
		assertThat(page.locator("#norms-table")).not().containsText("INDEPENDENT_EVENTS_PER_YEAR");
		assertThat(page.locator("#norms-table")).not().containsText("_PER_");
		page.getByLabel("Channel press briefings").fill("5");
		page.locator("#norms-save").click();
		assertThat(page.locator("#norms-saved")).isVisible();
		assertThat(page.getByLabel("Channel press briefings")).hasValue("5");
		// One briefing of five, ten days into the quarter: keeping pace, and nothing is "missed" while the quarter runs.
		assertThat(page.locator("tr[data-norm=PRESS_BRIEFING_PER_QUARTER] .norm-standing")).hasText("on track");
		assertThat(page.locator("tr[data-norm=PRESS_BRIEFING_PER_QUARTER]")).containsText("1 of 5");
		assertThat(page.locator("#norms-table .norm-standing", new Page.LocatorOptions().setHasText("missed"))).hasCount(0);
		screenshot("norms");

		page.navigate(url("/cadence-norms?lang=pl"));
		assertThat(page.locator("#norms-table")).containsText("Niezależne wydarzenia partnerskie z Twoim udziałem");
		assertThat(page.locator("tr[data-norm=PRESS_BRIEFING_PER_QUARTER] .norm-standing")).hasText("na dobrej drodze");
		assertThat(page.locator("#norms-table .norm-standing", new Page.LocatorOptions().setHasText("niespełniona"))).hasCount(0);
		screenshot("norms-pl");
	}

	@Test
	void theExecutiveReadsTheNormsButCannotChangeThem() {
		signIn("ceo@helix.example");
		page.navigate(url("/touchpoints?lang=pl"));
		page.locator("#norms-link").click();
		assertThat(page.locator("#norms-table")).containsText("Konferencje partnerskie");
		assertThat(page.locator("#norms-save")).hasCount(0);
		assertThat(page.locator("#conferencePerYear")).not().isEditable();
	}
}
