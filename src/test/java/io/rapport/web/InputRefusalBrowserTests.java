package io.rapport.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Issue 12: the forms refuse what cannot be stored in the page's own language, with the field at fault, and store nothing. */
@RapportIntegrationTest
class InputRefusalBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePolishImportPageSaysAPdfIsNotACsvOrXlsxFile() {
		Programme programme = programmes.vendor("Browser Refusal Vendor");
		programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(programme.chiefEmail());
		page.navigate(url("/sales/import?lang=pl"));
		page.setInputFiles("#import-file", new FilePayload("faktura.csv", "text/csv",
				"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
		page.click("#import-button");
		assertThat(page.locator("#import-refused")).hasText(
				"To nie jest plik CSV ani XLSX. Wyeksportuj dane do CSV lub XLSX i prześlij ten plik.");
		assertThat(page.locator("#import-errors")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from sales_import where vendor_id = ?")
			.param(programme.vendorId()).query(Long.class).single()).isZero();
	}

	@Test
	void thePolishTouchpointFormRefusesAMeetingThatHasNotHappened() {
		Programme programme = programmes.vendor("Browser Future Vendor");
		programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(programme.chiefEmail());
		page.navigate(url("/touchpoints?lang=pl"));
		String planned = LocalDateTime.now(ZoneId.of("Europe/Warsaw")).plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString();
		page.fill("#occurredAt", planned);
		page.fill("#title", "Spotkanie zaplanowane na przyszły tydzień");
		page.click("#record-button");
		assertThat(page.locator("#occurredAt-problem")).hasText("Ta data jest w przyszłości. Zaplanowane spotkanie nie jest"
				+ " jeszcze punktem kontaktu: zapisz je, gdy się odbędzie.");
		assertThat(page.locator("#occurredAt")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from touchpoint where vendor_id = ?")
			.param(programme.vendorId()).query(Long.class).single()).isZero();
	}
}
