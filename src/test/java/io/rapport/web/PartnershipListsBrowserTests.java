package io.rapport.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.TaxId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: the engagement and partnership lists at any size, and the chief's actions on partnerships. */
@RapportIntegrationTest
class PartnershipListsBrowserTests extends BrowserSupport {

	private static final Pattern LAST_PAGE = Pattern.compile("Page (\\d+) of \\1");

	@Autowired
	TestProgrammes programmes;

	@Test
	void theEngagementListReachesItsLastPageAndSortsByPeiAscending() {
		// Issue 13: the list stopped at "first 100 of 180" and sort=pei,asc was an error page.
		signIn("chief@magnus.example");
		page.navigate(url("/engagement?sort=pei,asc"));
		assertThat(page.locator("#engagement-list-heading")).isVisible();
		List<Double> scores = page.locator("#engagement-list td.pei").allTextContents().stream()
			.map(text -> Double.parseDouble(text.trim().replace(',', '.'))).toList();
		assertThat(scores).hasSizeGreaterThan(1).isSorted();
		assertThat(page.locator("#engagement-list th[aria-sort=ascending]")).containsText("PEI");

		page.navigate(url("/engagement?sort=pei,desc&page=999"));
		assertThat(page.locator(".list-pager .page-item.disabled span")).hasText(LAST_PAGE);
		String count = page.locator("#engagement-list-count").textContent();
		int total = Integer.parseInt(count.replaceAll("^(\\d+) of.*$", "$1").trim());
		int pages = Integer.parseInt(page.locator(".list-pager .page-item.disabled span").textContent().replaceAll("^.* of (\\d+)$", "$1").trim());
		assertThat(page.locator("#engagement-list tbody tr.engagement-row")).hasCount(total - (pages - 1) * 50);

		page.navigate(url("/engagement?quadrant=DORMANT&communication=SPORADIC"));
		for (String quadrant : page.locator("#engagement-list tbody tr.engagement-row td:nth-child(8)").allTextContents()) {
			assertThat(quadrant.trim()).isEqualTo("Dormant");
		}
		screenshot("engagement-list-last-page");
	}

	@Test
	void anUnknownSortKeepsTheMenuAndSaysTheOrderIsTheUsualOne() {
		// Issue 13: an unknown sort replaced the page with an error without the menu.
		signIn("chief@magnus.example");
		for (String path : List.of("/engagement?sort=colour,up", "/partnerships?sort=colour")) {
			page.navigate(url(path));
			assertThat(page.locator("nav.navbar")).isVisible();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("cannot be ordered that way"))).isVisible();
		}
		page.navigate(url("/partnerships?sort=colour&lang=pl"));
		assertThat(page.locator("body")).containsText("Tej listy nie można tak uporządkować");
	}

	@Test
	void pageNineHundredNinetyNineOfThePartnershipsShowsTheLastPage() {
		// Issue 13: page=999 showed "Page 1,000 of 8".
		signIn("chief@magnus.example");
		page.navigate(url("/partnerships?page=999"));
		assertThat(page.locator(".list-pager .page-item.disabled span")).hasText(LAST_PAGE);
		assertThat(page.locator("tr.partnership-row").first()).isVisible();
		page.navigate(url("/partnerships?sort=pei,desc"));
		List<Double> pei = page.locator("tr.partnership-row td.pei").allTextContents().stream()
			.filter(text -> !text.trim().equals("—")).map(text -> Double.parseDouble(text.trim().replace(',', '.'))).toList();
		assertThat(pei).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void searchIgnoresPolishDiacriticsAndCase() {
		// Issue 13: "poznan" found nothing where "Poznań" found 10.
		signIn("chief@magnus.example");
		page.navigate(url("/partnerships?q=Pozna%C5%84"));
		String withDiacritics = page.locator("#result-count").textContent();
		assertThat(withDiacritics).doesNotStartWith("0 ");
		page.navigate(url("/partnerships?q=POZNAN"));
		assertThat(page.locator("#result-count")).hasText(withDiacritics);
		page.getByLabel("Search").fill("poznan");
		assertThat(page.locator("#result-count")).hasText(withDiacritics);
		assertThat(page.locator("tr.partnership-row").first()).containsText("Poznań");
	}

	@Test
	void anExecutiveSeesNoWeightSavingTierOrCamControls() {
		// Issue 13: read-only roles saw live buttons that failed silently.
		signIn("ceo@magnus.example");
		page.navigate(url("/engagement/weights"));
		assertThat(page.locator("#save-button")).hasCount(0);
		assertThat(page.locator("#preview-button")).hasCount(0);
		assertThat(page.locator("#weights-form input[type=number]").first()).isDisabled();
		assertThat(page.locator("#weights-read-only")).containsText("only the channel chief changes them");
		page.navigate(url("/partnerships"));
		assertThat(page.locator("#bulk-form")).hasCount(0);
		assertThat(page.locator("#take-in-link")).hasCount(0);
		page.locator("tr.partnership-row a").first().click();
		assertThat(page.locator("#partnership-heading")).isVisible();
		assertThat(page.locator("#partnership-actions")).hasCount(0);
		assertThat(page.locator("#tier-form")).hasCount(0);
	}

	@Test
	void aWeightPreviewSaysNothingWasSaved() {
		// Issue 13: the preview said "Recomputed 8 quarters with the new weights" though nothing was saved.
		signIn("chief@corvid.example");
		page.navigate(url("/engagement/weights"));
		assertThat(page.locator("body")).not().containsText("Recomputed");
		page.getByLabel("Direct meetings").fill("20");
		page.locator("#preview-button").click();
		assertThat(page.locator("#preview-not-saved")).containsText("This is a preview: nothing has been saved.");
		assertThat(page.locator("body")).not().containsText("Recomputed");
		page.navigate(url("/engagement/weights?lang=pl"));
		page.locator("#preview-button").click();
		assertThat(page.locator("#preview-not-saved")).containsText("To tylko podgląd: niczego nie zapisano.");
	}

	@Test
	void aTierChangeAsksForAReasonAndKeepsItInTheHistory() {
		Programme vendor = programmes.vendor("Tier History Vendor");
		Partner partner = programmes.partner(vendor, "Silver", LocalDate.of(2025, 1, 1));
		signIn(vendor.chiefEmail());
		page.navigate(url("/partnerships/" + partner.partnershipId()));
		page.locator("#tier-select").selectOption("Gold");
		page.locator("#tier-submit").click();
		assertThat(page.locator("#tier-form")).containsText("Say why the tier changes");
		assertThat(page.locator("#tier-reason")).hasClass(Pattern.compile("is-invalid"));
		page.locator("#tier-select").selectOption("Gold");
		page.locator("#tier-reason").fill("Two certified engineers since October");
		page.locator("#tier-submit").click();
		assertThat(page.locator("#partnership-done")).containsText("Moved to Gold");
		assertThat(page.locator("#partnership-tier")).hasText("Gold");
		assertThat(page.locator("#tier-history tr.tier-change").first()).containsText("Silver → Gold");
		assertThat(page.locator("#tier-history .tier-reason").first()).hasText("Two certified engineers since October");
		page.navigate(url("/partnerships/" + partner.partnershipId() + "?lang=pl"));
		assertThat(page.locator("#tier-history")).containsText("Historia poziomów");
		screenshot("partnership-tier-history");
	}

	@Test
	void theChiefNamesOneCamForSeveralPartnershipsFromTheList() {
		Programme vendor = programmes.vendor("Bulk Cam Vendor");
		programmes.partner(vendor, "Silver", LocalDate.of(2025, 1, 1));
		programmes.partner(vendor, "Gold", LocalDate.of(2025, 1, 1));
		signIn(vendor.chiefEmail());
		page.navigate(url("/partnerships"));
		assertThat(page.locator("tr.partnership-row")).hasCount(2);
		page.locator("#bulk-assign").click();
		assertThat(page.locator("#partnerships-problem")).containsText("Tick at least one partnership");
		page.locator("input.bulk-pick").nth(0).check();
		page.locator("input.bulk-pick").nth(1).check();
		page.locator("#bulk-cam").selectOption(vendor.chief().userId().toString());
		page.locator("#bulk-assign").click();
		assertThat(page.locator("#partnerships-done")).containsText("now looks after 2 partnerships");
		assertThat(page.locator("tr.partnership-row td.cam")).hasText(new String[] { vendor.chief().name(), vendor.chief().name() });
		page.navigate(url("/partnerships?cam=none"));
		assertThat(page.locator("tr.partnership-row")).hasCount(0);
	}

	@Test
	void theChiefTakesAPartnerInAfterTheNipIsCheckedAndEndsItAfterConfirming() {
		Programme vendor = programmes.vendor("Take In Vendor");
		signIn(vendor.chiefEmail());
		page.navigate(url("/partnerships"));
		page.locator("#take-in-link").click();
		page.locator("#ti-name").fill("Nowy Partner sp. z o.o.");
		page.locator("#ti-nip").fill("1234567890");
		page.locator("#ti-since").fill("2026-01-05");
		page.locator("#take-in-submit").click();
		assertThat(page.locator("#take-in-errors")).isVisible();
		assertThat(page.locator("#ti-nip-invalid")).containsText("not a valid NIP");
		String nip = null;
		for (int i = 0; nip == null; i++) {
			nip = TaxId.completeNip(String.format("7%08d", (int) (System.nanoTime() % 10_000_000) * 10 + i));
		}
		page.locator("#ti-nip").fill(nip);
		page.locator("#ti-tier").selectOption("Gold");
		page.locator("#take-in-submit").click();
		assertThat(page.locator("#partnership-done")).containsText("has joined your programme");
		assertThat(page.locator("#partnership-tier")).hasText("Gold");

		page.locator("#end-date").fill("2026-06-30");
		page.locator("#end-submit").click();
		assertThat(page.locator("#end-confirm-text")).containsText("It cannot be reopened");
		page.locator("#end-confirm").click();
		assertThat(page.locator("#partnership-done")).containsText("The partnership ends on 2026-06-30");
		assertThat(page.locator("#partnership-actions")).hasCount(0);
	}
}
