package io.rapport.web;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API imports, a page imports too: a helpdesk's support cases and the exchange rates
 * the sales are converted with (issue 13: every action on a page).
 */
@RapportIntegrationTest
class SupportImportBrowserTests extends BrowserSupport {

	private static final Path EXAMPLES = Path.of("src/main/resources/static/examples");

	@Test
	void theChiefImportsAHelpdeskExportFromThePage() {
		signIn("chief@helix.example");
		page.navigate(url("/support"));
		page.locator("#support-import-link").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Import support cases");
		page.setInputFiles("#import-file", EXAMPLES.resolve("support-cases-example.csv"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without importing")).click();
		assertThat(page.locator("#import-report")).containsText("nothing was stored");
		assertThat(page.locator("#import-report")).containsText("3 lines accepted");
		page.setInputFiles("#import-file", EXAMPLES.resolve("support-cases-example.csv"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		assertThat(page.locator("#import-report")).containsText("3 lines accepted");
		// Stored: the same file again changes nothing.
		page.setInputFiles("#import-file", EXAMPLES.resolve("support-cases-example.csv"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without importing")).click();
		assertThat(page.locator("#import-report")).containsText("3 unchanged");
	}

	@Test
	void exchangeRatesImportFromTheSalesImportPage() {
		signIn("chief@helix.example");
		page.navigate(url("/sales/import"));
		page.locator("#content-rates").check();
		page.setInputFiles("#import-file", EXAMPLES.resolve("exchange-rates-example.csv"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without importing")).click();
		assertThat(page.locator("#import-report")).containsText("nothing was stored");
		assertThat(page.locator("#import-errors")).hasCount(0);
	}

	@Test
	void theExecutiveNeitherSeesNorOpensTheImport() {
		signIn("ceo@helix.example");
		page.navigate(url("/support"));
		assertThat(page.locator("#support-import-link")).hasCount(0);
		Response refused = page.navigate(url("/support/import"));
		assertThat(refused.status()).isEqualTo(403);
	}
}
