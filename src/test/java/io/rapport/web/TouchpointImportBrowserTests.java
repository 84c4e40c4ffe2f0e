package io.rapport.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13's defect: the touchpoint import page showed nothing after Check or Import (the result
 * fragment lived in another template), so a file was stored with no confirmation and its errors
 * never appeared; and the example shipped with the docs did not fit the demo programme.
 */
@RapportIntegrationTest
class TouchpointImportBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@TempDir
	Path dir;

	@Test
	void theShippedExamplesCheckCleanAgainstTheDemo() {
		signIn("chief@helix.example");
		for (String example : new String[] { "touchpoints-example.csv", "touchpoints-example-pl.csv" }) {
			page.navigate(url("/touchpoints/import"));
			page.setInputFiles("#import-file", Path.of("src/main/resources/static/examples", example));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without importing")).click();
			assertThat(page.locator("#import-report")).containsText("nothing was stored");
			assertThat(page.locator("#import-errors")).hasCount(0);
		}
	}

	@Test
	void checkShowsErrorsAndImportConfirms() throws Exception {
		Programme programme = programmes.vendor("Browser Touchpoint Import Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(programme.chiefEmail());
		String day = LocalDate.now().withDayOfMonth(1).toString();
		Path file = Files.writeString(dir.resolve("kontakty.csv"),
				"external_id,type,occurred_at,title,partner_tax_id\n"
						+ "BT-1,KEY_PARTNER_MEETING," + day + " 10:00,Quarterly review," + partner.taxId() + "\n"
						+ "BT-2,NO_SUCH_TYPE," + day + " 11:00,Mystery," + partner.taxId() + "\n",
				StandardCharsets.UTF_8);
		page.navigate(url("/touchpoints/import"));
		page.setInputFiles("#import-file", file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without importing")).click();
		assertThat(page.locator("#import-errors")).containsText("1 row was rejected");
		assertThat(page.locator("#import-errors tbody tr td").nth(0)).hasText("3");

		Files.writeString(file, Files.readString(file).replaceAll("\nBT-2[^\n]*", ""));
		page.setInputFiles("#import-file", file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		assertThat(page.locator("#import-report")).containsText("kontakty.csv imported");
		assertThat(page.locator("#import-report")).containsText("1 lines accepted");
	}
}
