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

@RapportIntegrationTest
class SalesBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void importsAFileAndSeesTheDashboardChange() throws Exception {
		Programme programme = programmes.vendor("Browser Sales Vendor");
		Partner gold = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		Partner silver = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		signIn(programme.chiefEmail());

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sales").setExact(true)).click();
		assertThat(page.locator("#kpi-revenue")).hasText("0");

		LocalDate day = LocalDate.now().withDayOfMonth(1);
		Path file = Files.writeString(dir.resolve("sprzedaz.csv"), "Numer;NIP partnera;Data;Kwota;Waluta;Kategoria\n"
				+ "BR-1;" + gold.taxId() + ";" + day + ";1 500,00;PLN;ROZWIĄZANIE\n"
				+ "BR-2;" + silver.taxId() + ";" + day + ";500,00;PLN;PRODUKT\n"
				+ "BR-3;" + silver.taxId() + ";" + day + ";abc;PLN;PRODUKT\n", StandardCharsets.UTF_8);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import sales")).click();
		page.setInputFiles("#import-file", file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		assertThat(page.locator("#import-errors")).containsText("1 row was rejected");
		assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
		assertThat(page.locator("#import-errors tbody tr td").nth(0)).hasText("4");
		assertThat(page.locator("#import-errors tbody tr td").nth(1)).hasText("amount");
		screenshot("sales-import-rejected");

		Files.writeString(file, Files.readString(file).replace("\nBR-3;" + silver.taxId() + ";" + day + ";abc;PLN;PRODUKT", ""));
		page.setInputFiles("#import-file", file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check without importing")).click();
		assertThat(page.locator("#import-report")).containsText("nothing was stored");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
		// The dry run's report said "2 lines accepted" too: wait for the import's own words.
		assertThat(page.locator("#import-report")).containsText("sprzedaz.csv imported");
		assertThat(page.locator("#import-report")).containsText("2 lines accepted");
		page.reload();
		assertThat(page.locator("#recent-imports tbody tr").first()).containsText("sprzedaz.csv");
		assertThat(page.locator("#recent-imports tbody tr").first().locator("td").nth(2)).hasText("2");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sales").setExact(true)).click();
		assertThat(page.locator("#kpi-revenue")).hasText("2,000");
		assertThat(page.locator("#top-partnerships tbody tr").first()).containsText(gold.name());
		assertThat(page.locator("#chart-lorenz svg")).isVisible();
		assertThat(page.locator("#chart-quarters svg")).isVisible();
		screenshot("sales-dashboard");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(gold.name())).first().click();
		assertThat(page.locator("#partnership-lines")).containsText("BR-1");
	}

	@Test
	void showsTheDemoVendorsDashboardInPolish() {
		signIn("chief@magnus.example");
		page.navigate(url("/sales?lang=pl"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sprzedaż");
		assertThat(page.locator("#deciles tbody tr")).hasCount(10);
		// Every partnership sits in one cell: the table's counts add up to the programme.
		int cells = page.locator("#deciles tbody td").allTextContents().stream().mapToInt(Integer::parseInt).sum();
		org.assertj.core.api.Assertions.assertThat(cells).isEqualTo(jdbc.sql("""
				select count(*) from partnership p join organization v on v.id = p.vendor_id
				where v.slug = 'magnus-cloud' and p.since <= current_date""").query(Integer.class).single());
		assertThat(page.locator("#gini")).not().hasText("0.000");
		screenshot("sales-dashboard-pl");
	}
}
