package io.rapport.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.touchpoints.NewTouchpoint;
import io.rapport.touchpoints.TouchpointSource;
import io.rapport.touchpoints.TouchpointView;
import io.rapport.touchpoints.Touchpoints;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The touchpoint list, its picker of partnerships, and correcting and deleting a touchpoint (issue 13). */
@RapportIntegrationTest
class TouchpointBrowserTests extends BrowserSupport {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	TestProgrammes programmes;

	@Autowired
	Touchpoints touchpoints;

	@Autowired
	JdbcClient jdbc;

	/** Issue 13: "record a touchpoint" failed silently for a read-only executive; it is not offered now. */
	@Test
	void theExecutiveReadsTheTouchpointsWithoutAnyControlToChangeThem() {
		signIn("ceo@helix.example");
		page.navigate(url("/touchpoints"));
		assertThat(page.locator("#touchpoint-list tbody tr").first()).isVisible();
		assertThat(page.locator("#touchpoint-form")).hasCount(0);
		assertThat(page.locator("#record-button")).hasCount(0);
		assertThat(page.getByText("Edit", new Page.GetByTextOptions().setExact(true))).hasCount(0);
		assertThat(page.getByText("Delete", new Page.GetByTextOptions().setExact(true))).hasCount(0);
		page.navigate(url("/touchpoints?lang=pl"));
		assertThat(page.locator("#touchpoint-list tbody tr").first()).isVisible();
		assertThat(page.getByText("Zapisz kontakt")).hasCount(0);
		assertThat(page.getByText("Popraw", new Page.GetByTextOptions().setExact(true))).hasCount(0);
		assertThat(page.getByText("Usuń", new Page.GetByTextOptions().setExact(true))).hasCount(0);
	}

	/** The picker finds a partner by part of its name typed without case or Polish letters. */
	@Test
	void thePickerFindsAPartnerTypedWithoutItsPolishLetters() {
		String name = jdbc.sql("""
				select o.name from partnership p join organization o on o.id = p.partner_id
				join organization v on v.id = p.vendor_id
				where v.name = 'Helix Data Systems' and p.ended_on is null and o.name ~ '[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]'
				order by o.name limit 1""").query(String.class).single();
		String word = List.of(name.split("[\\s,.]+")).stream().filter(w -> w.matches(".*[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ].*"))
			.findFirst().orElseThrow();
		String typed = java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT).replace('ł', 'l'),
				java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		signIn("chief@helix.example");
		page.navigate(url("/touchpoints"));
		page.locator("#partnership-search").pressSequentially(typed);
		assertThat(page.locator("#partnership-matches button").first()).isVisible();
		page.locator("#partnership-matches button", new Page.LocatorOptions().setHasText(name)).first().click();
		assertThat(page.locator("#partnership-chips .partnership-chip")).hasCount(1);
		assertThat(page.locator("#partnership-chips")).containsText(name);
		assertThat(page.locator("#partnership-matches button")).hasCount(0);
		// Chosen once is enough: it is no longer offered.
		page.locator("#partnership-search").fill("");
		page.locator("#partnership-search").pressSequentially(typed);
		assertThat(page.locator("#partnership-matches button", new Page.LocatorOptions().setHasText(name))).hasCount(0);
		page.getByLabel("Remove " + name).click();
		assertThat(page.locator("#partnership-chips .partnership-chip")).hasCount(0);
		screenshot("touchpoint-picker");
	}

	@Test
	void theChiefRecordsATouchpointForAPartnerChosenByTyping() {
		Programme programme = programmes.vendor("Browser Picker Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints?lang=pl"));
		page.locator("#touchpoint-form").getByLabel("Rodzaj").selectOption("CAM_MEETING");
		page.fill("#occurredAt", "2026-03-10T10:30");
		page.fill("#title", "Przegląd kwartalny");
		page.locator("#partnership-search").pressSequentially(partner.name().substring(0, partner.name().indexOf(" sp.")));
		page.locator("#partnership-matches button", new Page.LocatorOptions().setHasText(partner.name())).click();
		page.click("#record-button");
		assertThat(page.locator("#touchpoint-recorded")).containsText("Przegląd kwartalny");
		// The list beside the form shows it, reaching the partner chosen.
		assertThat(page.locator("#touchpoint-list tbody tr").first()).containsText(partner.name());
		List<TouchpointView> stored = TestProgrammes.as(programme.chief(),
				() -> touchpoints.ofPartnership(partner.partnershipId(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		org.assertj.core.api.Assertions.assertThat(stored).extracting(TouchpointView::title).containsExactly("Przegląd kwartalny");
	}

	@Test
	void theChiefCorrectsATouchpointAndThenDeletesItAfterConfirming() {
		Programme programme = programmes.vendor("Browser Correction Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		TouchpointView recorded = record(programme, partner, "QBR with the wrong title", OffsetDateTime.now(WARSAW).minusDays(3));
		signIn(programme.chiefEmail());
		// The partnership's timeline offers the correction too.
		page.navigate(url("/partnerships/" + partner.partnershipId() + "/touchpoints"));
		assertThat(page.getByLabel("Edit \"QBR with the wrong title\"")).isVisible();
		page.navigate(url("/touchpoints"));
		page.getByLabel("Edit \"QBR with the wrong title\"").click();
		assertThat(page.locator("#title")).hasValue("QBR with the wrong title");
		assertThat(page.locator("#type")).hasValue("CAM_MEETING");
		assertThat(page.locator("#occurredAt")).hasValue(recorded.occurredAt().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
			.toString());
		assertThat(page.locator("#partnership-chips")).containsText(partner.name());
		page.fill("#title", "Quarterly business review");
		page.fill("#occurredAt", "2026-02-10T09:15");
		page.getByLabel("Remove " + partner.name()).click();
		page.click("#save-button");
		assertThat(page.locator("#touchpoint-changed")).hasText("Corrected: Quarterly business review");
		assertThat(page.locator("#touchpoint-list tbody tr").first()).containsText("2026-02-10 09:15");
		assertThat(page.locator("#touchpoint-list tbody tr").first()).containsText("whole channel");

		page.getByLabel("Delete \"Quarterly business review\"").click();
		assertThat(page.locator("#touchpoint-to-delete")).containsText("Quarterly business review");
		page.getByText("Keep it").click();
		assertThat(page.locator("#touchpoint-list tbody tr")).hasCount(1);
		page.getByLabel("Delete \"Quarterly business review\"").click();
		page.click("#confirm-delete");
		assertThat(page.locator("#touchpoint-changed")).hasText("Deleted: Quarterly business review");
		assertThat(page.locator("#touchpoint-list tbody")).containsText("No touchpoints yet.");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from touchpoint where vendor_id = ?")
			.param(programme.vendorId()).query(Long.class).single()).isZero();
	}

	@Test
	void thePolishChiefCorrectsATouchpointAndDeletesIt() {
		Programme programme = programmes.vendor("Browser Polish Correction Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		record(programme, partner, "Spotkanie z błędem", OffsetDateTime.now(WARSAW).minusDays(1));
		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints?lang=pl"));
		page.getByLabel("Popraw „Spotkanie z błędem”").click();
		page.fill("#title", "Spotkanie poprawione");
		page.fill("#occurredAt", OffsetDateTime.now(WARSAW).plusDays(2).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
		page.click("#save-button");
		// A time that has not come yet is refused under the field, in Polish.
		assertThat(page.locator("#occurredAt-problem")).containsText("Ta data jest w przyszłości");
		page.fill("#occurredAt", "2026-01-15T12:00");
		page.click("#save-button");
		assertThat(page.locator("#touchpoint-changed")).hasText("Poprawiono: Spotkanie poprawione");
		page.getByLabel("Usuń „Spotkanie poprawione”").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1))).hasText("Usunąć ten kontakt?");
		page.click("#confirm-delete");
		assertThat(page.locator("#touchpoint-changed")).hasText("Usunięto: Spotkanie poprawione");
		screenshot("touchpoint-deleted-pl");
	}

	@Test
	void theListIsPagedSortedFilteredAndExportedAsFiltered() {
		Programme programme = programmes.vendor("Browser Touchpoint List Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		OffsetDateTime start = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, WARSAW.getRules().getOffset(java.time.Instant.now()));
		for (int i = 0; i < 27; i++) {
			record(programme, partner, "Meeting %02d".formatted(i), start.plusDays(i));
		}
		TestProgrammes.as(programme.chief(), () -> touchpoints.record(new NewTouchpoint("PRESS_BRIEFING", start.plusDays(1),
				"Spring press briefing", null, List.of(), null, null, null, null, null, null), TouchpointSource.API));
		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints"));
		assertThat(page.locator("#touchpoint-count")).hasText("Touchpoints found: 28");
		assertThat(page.locator("#touchpoint-results")).containsText("Page 1 of 2");
		assertThat(page.locator("#touchpoint-list tbody tr").first()).containsText("Meeting 26");
		page.navigate(url("/touchpoints?page=999"));
		assertThat(page.locator("#touchpoint-results")).containsText("Page 2 of 2");
		page.navigate(url("/touchpoints?sort=title,asc"));
		assertThat(page.locator("#touchpoint-list tbody tr").first()).containsText("Meeting 00");
		page.navigate(url("/touchpoints?sort=drop,sideways"));
		assertThat(page.locator("#touchpoint-results")).containsText("This list cannot be ordered that way");
		page.navigate(url("/touchpoints"));
		page.locator("#filter-type").selectOption("PRESS_BRIEFING");
		assertThat(page.locator("#touchpoint-count")).hasText("Touchpoints found: 1");
		assertThat(page).hasURL(Pattern.compile(".*type=PRESS_BRIEFING.*"));
		page.navigate(url("/touchpoints?from=2026-01-10&to=2026-01-11&partner=" + partner.name().substring(0, 12).toUpperCase()));
		assertThat(page.locator("#touchpoint-count")).hasText("Touchpoints found: 2");
		String csv = new String(page.request().get(url("/touchpoints?from=2026-01-10&to=2026-01-11&format=csv")).body(),
				StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(csv).contains("Meeting 05").contains("Meeting 06").doesNotContain("Meeting 07")
			.contains(partner.name());
		page.navigate(url("/touchpoints?from=yesterday&lang=pl"));
		assertThat(page.locator("#touchpoint-count")).hasText("Znalezione kontakty: 28");
		assertThat(page.locator("#touchpoint-results")).containsText("Nie rozpoznano daty");
	}

	private TouchpointView record(Programme programme, Partner partner, String title, OffsetDateTime at) {
		return TestProgrammes.as(programme.chief(), () -> touchpoints.record(new NewTouchpoint("CAM_MEETING", at, title, null,
				List.of(partner.partnershipId()), null, null, null, null, null, null), TouchpointSource.API));
	}
}
