package io.rapport.web;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.imports.ImportKind;
import io.rapport.common.imports.ImportOutcomes;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.ImportRuns;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An import longer than a moment shows a progress bar the page follows, then its result, and
 * lands in the inbox (issue 13).
 */
@RapportIntegrationTest
class BackgroundImportBrowserTests extends BrowserSupport {

	@Autowired
	ImportRuns runs;

	@Autowired
	ImportOutcomes outcomes;

	@Autowired
	TestProgrammes programmes;

	@Test
	void aLongImportShowsItsProgressThenItsResultAndLandsInTheInbox() {
		Programme programme = programmes.vendor("Background Browser Vendor");
		signIn(programme.chiefEmail());
		page.navigate(url("/sales/import"));
		CountDownLatch release = new CountDownLatch(1);
		MockMultipartFile file = new MockMultipartFile("file", "big-sales.csv", "text/csv", "a\n1\n".getBytes());
		ImportRuns.Run run = TestProgrammes.as(programme.chief(), () -> runs.start(file, ImportKind.SALES, false,
				path -> outcomes.told(ImportKind.SALES, false, () -> {
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return new ImportReport(120, 0, 3, 0, false, List.of());
				})));
		// The page shows the run as the import page's own form would after the upload.
		page.evaluate("id => htmx.ajax('GET', '/imports/' + id, '#import-result')", run.id().toString());
		assertThat(page.locator("#import-running")).containsText("big-sales.csv");
		assertThat(page.locator("#import-progress")).isVisible();
		screenshot("import-running");

		release.countDown();
		assertThat(page.locator("#import-report")).containsText("120");
		assertThat(page.locator("#import-running")).hasCount(0);
		page.reload();
		assertThat(page.locator("#inbox-count")).hasText("1");
		page.locator("#inbox-link").click();
		assertThat(page.locator("main")).containsText("The sales import is done: 120 lines taken in.");
	}
}
