package io.rapport.web;

import org.junit.jupiter.api.Test;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The channel-wide page read a quarter in progress as "missed" for every norm not met yet; it
 * shows "on track" or "behind" until the quarter ends (issue 13).
 */
@RapportIntegrationTest
class ChannelNormsBrowserTests extends BrowserSupport {

	@Test
	void aRunningQuarterShowsNormsOnTrackOrBehindNeverMissed() {
		signIn("chief@helix.example");
		page.navigate(url("/engagement/channel"));
		assertThat(page.locator("#cadence .cadence-standing").first()).isVisible();
		assertThat(page.locator("#cadence .cadence-standing[data-standing=MISSED]")).hasCount(0);
		assertThat(page.locator("#cadence .cadence-standing[data-standing=ON_TRACK], #cadence .cadence-standing[data-standing=BEHIND]"))
			.not().hasCount(0);
		// The running quarter is the history's last column: no norm of it is crossed out.
		var lastColumn = page.locator("#cadence-history tbody tr td:last-child").allTextContents();
		assertThat(lastColumn).isNotEmpty().doesNotContain("✗");
		// An ended quarter keeps its verdicts: the column before holds only met or missed.
		var endedColumn = page.locator("#cadence-history tbody tr td:nth-last-child(2)").allTextContents();
		assertThat(endedColumn).isNotEmpty().allMatch(t -> t.equals("✓") || t.equals("✗"));
		screenshot("engagement-channel-running");

		// The heat map's data exports: every norm in every quarter shown, the running one not missed.
		int norms = page.locator("#cadence-history tbody tr").count();
		String csv = new String(page.request().get(url("/engagement/channel?format=csv")).body(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("\uFEFF", "");
		java.util.List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(8 * norms + 1);
		assertThat(lines.get(0)).startsWith("Quarter,Norm,Target");
		assertThat(lines.subList(lines.size() - norms, lines.size())).noneMatch(l -> l.contains(",missed,"));
	}
}
