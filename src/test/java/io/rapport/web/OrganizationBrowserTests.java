package io.rapport.web;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Issue 12: the organisation's own administrator keeps its details; a vendor is told they are not its to change. */
@RapportIntegrationTest
class OrganizationBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Test
	void theAdminEditsTheDetailsSeesErrorsOnTheFormConfirmsADomainAndSeesTheHistory() {
		// Issue 12: form, validation error shown, saved, history shown.
		Programme vendor = programmes.vendor("Browser Owner Vendor");
		Partner partner = programmes.partner(vendor, "Silver", LocalDate.of(2025, 1, 1));
		String domain = partner.adminEmail().substring(partner.adminEmail().indexOf('@') + 1);
		signIn(partner.adminEmail());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your organisation's details")).click();
		assertThat(page.locator("#organization-form")).isVisible();
		assertThat(page.locator("#unverified-domains")).containsText(domain);
		assertThat(page.locator("#unverified-domains")).containsText("added by Browser Owner Vendor");

		page.getByLabel("Name").fill(" ");
		page.getByLabel("E-mail domains, one per line").fill("not a domain");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("#organization-form")).containsText("Give the organisation's name.");
		assertThat(page.locator("#organization-form")).containsText("Give e-mail domains such as example.pl, one per line.");
		assertThat(page.getByLabel("Name")).hasClass(java.util.regex.Pattern.compile("is-invalid"));

		page.getByLabel("Name").fill("Zmieniona Nazwa sp. z o.o.");
		page.getByLabel("City").fill("Toruń");
		page.getByLabel("E-mail domains, one per line").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("#organization-done")).hasText("The details are saved.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Zmieniona Nazwa sp. z o.o.");
		assertThat(page.locator("#organization-history")).containsText(partner.name());
		assertThat(page.locator("#organization-history")).containsText("Zmieniona Nazwa sp. z o.o.");
		assertThat(page.locator("#organization-history")).containsText("Toruń");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(page.locator("#organization-done")).hasText("The domain is confirmed: it now names your people for every vendor.");
		assertThat(page.locator("#organization-domains")).hasText(domain);
		assertThat(page.locator("#organization-history")).containsText("E-mail domains");

		page.navigate(url("/organizations/" + partner.partnerId() + "?lang=pl"));
		page.getByLabel("Nazwa", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
		assertThat(page.locator("#organization-form")).containsText("Podaj nazwę organizacji.");
	}

	@Test
	void aVendorIsToldTheDetailsAreTheOrganisationsOwnAndGetsNoForm() {
		// Issue 12: the page shows a vendor the registered details, not a form.
		Programme vendor = programmes.vendor("Browser Vendor");
		Partner partner = programmes.partner(vendor, "Silver", LocalDate.of(2025, 1, 1));
		signIn(vendor.chiefEmail());
		page.navigate(url("/organizations/" + partner.partnerId()));
		assertThat(page.locator("#registered-notice")).containsText("Only the organisation's own administrator changes them");
		assertThat(page.locator("#organization-domains")).containsText("you added it, not yet confirmed");
		assertThat(page.locator("#organization-form")).hasCount(0);
		page.navigate(url("/organizations/" + partner.partnerId() + "?lang=pl"));
		assertThat(page.locator("#registered-notice")).containsText("Zmienia je tylko jej administrator");
	}
}
