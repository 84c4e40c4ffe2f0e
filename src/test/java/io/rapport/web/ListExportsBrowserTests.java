package io.rapport.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: every list exports what it shows, with its filters and order, every page; and a
 * partnership's quarterly review downloads from its page.
 */
@RapportIntegrationTest
class ListExportsBrowserTests extends BrowserSupport {

	@Test
	void thePartnershipExportHoldsEveryRowInTheListsOrder() throws IOException {
		signIn("chief@helix.example");
		page.navigate(url("/partnerships?sort=pei,desc"));
		int total = Integer.parseInt(page.locator("#result-count").textContent().replaceAll("\\D", ""));
		String first = page.locator(".partnership-row").first().locator("td").nth(1).locator("a").textContent().strip();

		List<CSVRecord> rows = csv(page.request().get(url("/partnerships?sort=pei,desc&format=csv")));

		// More rows than one page of 25: the export is every page, not the one shown.
		assertThat(total).isGreaterThan(25);
		assertThat(rows).hasSize(total + 1);
		assertThat(rows.get(1).get(0)).isEqualTo(first);
	}

	@Test
	void theEngagementExportKeepsTheFilters() throws IOException {
		signIn("chief@magnus.example");
		page.navigate(url("/engagement?quadrant=DORMANT"));
		int shown = Integer.parseInt(page.locator("#engagement-list-count").textContent().replaceAll("^\\D*(\\d+).*$", "$1"));

		List<CSVRecord> rows = csv(page.request().get(url("/engagement?quadrant=DORMANT&format=csv")));

		assertThat(shown).isPositive();
		assertThat(rows).hasSize(shown + 1);
		int quadrant = rows.get(0).toList().indexOf("Quadrant");
		rows.subList(1, rows.size()).forEach(row -> assertThat(row.get(quadrant)).isEqualTo("Dormant"));
	}

	@Test
	void theSalesChartsExportTheirDataForThePeriodShown() throws IOException {
		signIn("chief@helix.example");
		page.navigate(url("/sales?from=2026-Q1&to=2026-Q2"));
		String tiersLink = page.locator("a[href*='series=tiers'][href*='format=csv']").getAttribute("href");
		assertThat(tiersLink).contains("from=2026-Q1").contains("to=2026-Q2");
		List<CSVRecord> tiers = csv(page.request().get(url(tiersLink)));
		assertThat(tiers.get(0).get(0)).isEqualTo("Tier");
		// One row per tier, as the page's tier table shows.
		assertThat(tiers).hasSize(page.locator("#tier-kpis tbody tr").count() + 1);
		List<CSVRecord> quarters = csv(page.request().get(url("/sales?from=2026-Q1&to=2026-Q2&format=csv&series=quarters")));
		assertThat(quarters).extracting(r -> r.get(0)).containsExactly("Quarter", "2026-Q1", "2026-Q2");
	}

	@Test
	void theVoiceTablesExportAsShown() throws IOException {
		signIn("chief@helix.example");
		page.navigate(url("/perception-gap"));
		int criteria = page.locator("#gap-table tbody tr").count();
		List<CSVRecord> gap = csv(page.request().get(url(page.locator("a[href*='format=csv']").first().getAttribute("href"))));
		assertThat(criteria).isPositive();
		assertThat(gap).hasSize(criteria + 1);
		assertThat(gap.get(0).get(0)).isEqualTo("Criterion");

		signIn("analyst@hub.example");
		page.navigate(url(page.locator("a[href$='/standings']").first().getAttribute("href")));
		int vendors = page.locator("#standings tbody tr").count();
		List<CSVRecord> standings = csv(page.request().get(url(page.locator("a[href*='format=csv']").first().getAttribute("href"))));
		assertThat(standings).hasSize(vendors + 1);
		assertThat(standings.get(0).get(1)).isEqualTo("Vendor");
	}

	@Test
	void aPartnershipsEngagementHistoryExportsQuarterByQuarter() throws IOException {
		signIn("chief@helix.example");
		page.navigate(url("/partnerships"));
		String href = page.locator(".partnership-row").first().locator("td").nth(1).locator("a").getAttribute("href");
		List<CSVRecord> history = csv(page.request().get(url(href + "/engagement?format=csv")));
		assertThat(history.get(0).get(0)).isEqualTo("Quarter");
		// Two years at most, oldest first, one row a quarter.
		List<String> quarters = history.subList(1, history.size()).stream().map(r -> r.get(0)).toList();
		assertThat(quarters).isNotEmpty().hasSizeLessThanOrEqualTo(8).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aPartnershipsQuarterlyReviewDownloadsFromItsPage() throws IOException {
		signIn("chief@helix.example");
		page.navigate(url("/partnerships"));
		page.locator(".partnership-row").first().locator("td").nth(1).locator("a").click();
		Download download = page.waitForDownload(() -> page.locator("#partnership-review").click());
		assertThat(download.suggestedFilename()).startsWith("QBR ").endsWith(".pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void anotherVendorsReviewAnswersWithThePageNotFoundNotJson() {
		signIn("chief@helix.example");
		page.navigate(url("/partnerships"));
		String href = page.locator(".partnership-row").first().locator("td").nth(1).locator("a").getAttribute("href");
		signIn("chief@corvid.example");
		com.microsoft.playwright.Response response = page.navigate(url(href + "/review.pdf"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.headerValue("content-type")).startsWith("text/html");
		assertThat(page.locator("nav.navbar")).isVisible();
	}

	private static List<CSVRecord> csv(APIResponse response) throws IOException {
		assertThat(response.status()).isEqualTo(200);
		String text = new String(response.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
		return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
	}
}
