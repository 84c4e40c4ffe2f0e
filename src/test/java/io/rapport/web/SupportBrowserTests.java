package io.rapport.web;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A partner escalating a customer's problem, and the vendor's chief answering and solving it. */
@RapportIntegrationTest
class SupportBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Test
	void aPartnerOpensACaseAndTheChiefResolvesItOnTheFirstCall() {
		Programme programme = programmes.vendor("Browser Support Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		signIn(partner.adminEmail());
		page.navigate(url("/support"));
		page.getByLabel("Channel").selectOption("PHONE");
		page.getByLabel("Severity").selectOption("HIGH");
		page.getByLabel("What is the customer's problem?").fill("Customer's firewall drops VPN sessions");
		screenshot("support-open");
		page.locator("#open-case button[type=submit]").click();
		assertThat(page.locator("#support-done")).isVisible();
		assertThat(page.locator("#support-cases tbody tr").first()).containsText("Customer's firewall drops VPN sessions");

		signIn(programme.chiefEmail());
		page.navigate(url("/support"));
		Page.LocatorOptions vpn = new Page.LocatorOptions().setHasText("Customer's firewall drops VPN sessions");
		assertThat(page.locator("#open-backlog")).hasText("1");
		page.locator("#support-cases tbody tr", vpn).getByText("first call").click();
		page.locator("#support-cases tbody tr", vpn).getByText("Resolved now").click();
		assertThat(page.locator("#support-done")).containsText("resolved");
		assertThat(page.locator("#support-cases tbody tr", vpn)).containsText("first call");
		assertThat(page.locator("#open-backlog")).hasText("0");
		assertThat(page.locator("#support-metrics")).containsText("100%");
		screenshot("support-vendor");
	}
}
