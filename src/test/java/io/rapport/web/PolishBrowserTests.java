package io.rapport.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Polish done right (issue 13): a rule the domain enforces reads in Polish on a Polish page, next to
 * figures with decimal commas and dates as Poles write them; the menu fits one line at 1366 px.
 */
@RapportIntegrationTest
class PolishBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Test
	void aRuleBrokenThroughAFormReadsInPolishBesideCommasAndPolishDates() {
		Programme programme = programmes.vendor("Polish Support Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(partner.adminEmail());
		page.navigate(url("/support"));
		page.locator("#open-case").getByLabel("Channel").selectOption("PHONE");
		page.getByLabel("What is the customer's problem?").fill("Drukarka sieciowa nie drukuje");
		page.locator("#open-case button[type=submit]").click();
		assertThat(page.locator("#support-done")).isVisible();

		signIn(programme.chiefEmail());
		page.navigate(url("/support?lang=pl"));
		Page.LocatorOptions printer = new Page.LocatorOptions().setHasText("Drukarka sieciowa nie drukuje");
		assertThat(page.locator("#support-cases tbody tr", printer))
			.containsText(Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}"));
		page.locator("#support-cases tbody tr", printer).locator("button.btn-outline-primary").click();
		assertThat(page.locator("#support-cases tbody tr", printer)).containsText(Pattern.compile("po \\d+,\\d h"));
		assertThat(page.locator("#support-metrics")).containsText(Pattern.compile("\\d+,\\d h / \\d+,\\d h"));

		// A resolution target shorter than the first-response target breaks a rule of the domain.
		page.locator("#response-LOW").fill("10");
		page.locator("#resolution-LOW").fill("0.5");
		page.locator("#support-targets button[type=submit]").click();
		assertThat(page.locator("#support-problem"))
			.hasText("Cel rozwiązania zgłoszeń o wadze „niska” nie może być krótszy niż cel pierwszej odpowiedzi.");
		screenshot("support-rule-pl");
	}

	@Test
	void anImportsRejectedRowsGiveTheirReasonsInPolish(@TempDir Path dir) throws Exception {
		Programme programme = programmes.vendor("Polish Import Vendor");
		Partner gold = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(programme.chiefEmail());
		LocalDate day = LocalDate.now().withDayOfMonth(1);
		Path file = Files.writeString(dir.resolve("sprzedaz.csv"), "Numer;NIP partnera;Data;Kwota;Waluta;Kategoria\n"
				+ "PL-1;" + gold.taxId() + ";" + day + ";abc;PLN;PRODUKT\n"
				+ "PL-2;" + gold.taxId() + ";" + day + ";1 500,00;PLN;SPRZĘT\n", StandardCharsets.UTF_8);
		page.navigate(url("/sales/import?lang=pl"));
		page.setInputFiles("#import-file", file);
		page.locator("#import-button").click();
		assertThat(page.locator("#import-errors .alert")).containsText("Odrzucono 2 wiersze, więc niczego nie zaimportowano");
		assertThat(page.locator("#import-errors tbody tr").nth(0)).containsText("„abc” nie jest kwotą");
		assertThat(page.locator("#import-errors tbody tr").nth(1)).containsText("„SPRZĘT” nie jest kategorią");
		screenshot("sales-import-rejected-pl");
	}

	@Test
	void theMenuFitsOneLineAt1366PixelsInPolish() {
		page.setViewportSize(1366, 768);
		signIn("chief@helix.example");
		page.navigate(url("/?lang=pl"));
		assertThat(page.locator("html")).hasAttribute("lang", "pl");
		screenshot("menu-pl-1366");
		// The channel chief sees the most entries; each visible one is a link (or a group) of one line, all in one
		// row, none off the window.
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> links = (List<Map<String, Object>>) page.evaluate("""
				() => [...document.querySelectorAll('#main-nav .nav-link, #main-nav .btn')].filter(e => e.checkVisibility()).map(e => {
					const r = e.getBoundingClientRect();
					return { text: e.textContent.trim(), middle: r.top + r.height / 2, height: r.height, right: r.right };
				})""");
		assertThat(links).hasSizeGreaterThan(8);
		double lowest = links.stream().mapToDouble(l -> number(l, "height")).min().orElseThrow();
		double middle = number(links.get(0), "middle");
		for (Map<String, Object> link : links) {
			assertThat(number(link, "height")).as("%s on one line", link.get("text")).isLessThan(lowest * 1.5);
			assertThat(number(link, "middle")).as("%s in the menu's one row", link.get("text")).isCloseTo(middle, within(4.0));
			assertThat(number(link, "right")).as("%s inside the window", link.get("text")).isLessThanOrEqualTo(1366);
		}
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}
}
