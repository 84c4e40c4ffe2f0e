package io.rapport.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.WalkingAwayHistory;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.PartnershipManagement;

/**
 * Issue 13, the alerts a person works with: a resolution or a dismissal that the next reading of the
 * same signs leaves alone (the defect), what a severity rests on and what is at stake, the list paged,
 * sorted, filtered and exported, and no controls for whoever may only read. A programme of its own:
 * one partner walking away (owned by the CAM), one whose trainings stopped and certificate runs out.
 */
@RapportIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertWorkBrowserTests extends BrowserSupport {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	@Autowired
	PartnershipManagement partnerships;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	private Programme programme;

	private String camEmail;

	private String executiveEmail;

	private Partner quitter;

	private Partner lapsing;

	@BeforeAll
	void aProgrammeWithTwoPartnersAtRisk() {
		programme = programmes.vendor("Alert Work Vendor");
		String domain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		camEmail = "cam@" + domain;
		executiveEmail = "ceo@" + domain;
		UserView cam = users.register(new NewUser(programme.vendorId(), camEmail, "Cam Opiekun", "demo", null,
				Set.of(Role.CHANNEL_MANAGER)));
		users.register(new NewUser(programme.vendorId(), executiveEmail, "Prezes Czytelnik", "demo", null,
				Set.of(Role.VENDOR_EXECUTIVE)));
		for (int i = 0; i < 12; i++) {
			programmes.partner(programme, i == 1 ? "Silver" : "Gold", today.minusYears(3));
		}
		quitter = programme.partners().get(0);
		lapsing = programme.partners().get(1);
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(quitter.partnershipId(), cam.id()));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		WalkingAwayHistory.importFor(chief, "AW", programme.partners(), today, 2);
		assertThat(chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "").status()).isEqualTo(200);
	}

	@Test
	@Order(1)
	void showsWhatTheSeverityRestsOnAndWhatIsAtStakeInBothLanguages() {
		signIn(programme.chiefEmail());
		page.navigate(url("/alerts/" + alertOf(quitter)));
		assertThat(page.locator("#alert-signs tbody tr[data-kind='SALES_DROP']")).containsText("Strong sign");
		assertThat(page.locator("#alert-signs tbody tr[data-kind='CAM_CONTACT_LAPSED']")).containsText("The CAM's silence");
		assertThat(page.locator("#alert-signs tbody tr[data-kind='RETENTION']")).containsText("urgent, +1");
		assertThat(page.locator("#alert-weight")).hasText("7");
		assertThat(page.locator("#alert-severity-rests")).containsText("weighing 7 together: weight 3 is low, 4 medium, 5 or more high");
		assertThat(page.locator("#alert-tier")).hasText("Gold");
		// Sold weekly until fifteen weeks ago: about 37 sales of 100.00 PLN in the last twelve months.
		assertThat(page.locator("#alert-revenue")).containsText("PLN");
		assertThat(page.locator("#alert-revenue")).not().containsText("No sales");
		screenshot("alert-severity-en");

		page.navigate(url("/alerts/" + alertOf(lapsing) + "?lang=pl"));
		assertThat(page.locator("#alert-signs tbody tr[data-kind='EVENTS_STOPPED']")).containsText("Sygnał wspierający");
		assertThat(page.locator("#alert-severity-rests")).containsText("o łącznej wadze 3: waga 3 to niska");
		assertThat(page.locator("#alert-tier")).hasText("Silver");
		assertThat(page.locator("#alert-revenue")).containsText("PLN");
		assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Co jest zagrożone"))).isVisible();
		screenshot("alert-severity-pl");
	}

	@Test
	@Order(2)
	void pagesSortsFiltersAndExportsTheListOnTheServer() {
		signIn(programme.chiefEmail());
		page.navigate(url("/alerts?size=1&sort=partner,asc"));
		assertThat(page.locator("#alerts-table tbody tr")).hasCount(1);
		assertThat(page.locator(".list-pager")).containsText("Page 1 of 2");
		assertThat(page.locator("#alerts-table tbody tr")).containsText(quitter.name());
		page.click(".list-pager a[rel=next]");
		assertThat(page.locator("#alerts-table tbody tr")).containsText(lapsing.name());
		page.navigate(url("/alerts?size=1&page=999&sort=partner,asc"));
		assertThat(page.locator(".list-pager")).containsText("Page 2 of 2");
		// The column header reverses the order, htmx swapping the results in place.
		page.navigate(url("/alerts?sort=partner,asc"));
		page.locator("#alerts-table thead a.sort-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Partner"))
			.click();
		page.waitForURL(u -> u.contains("sort=partner,desc"));
		assertThat(page.locator("#alerts-table tbody tr").first()).containsText(lapsing.name());
		assertThat(page.locator("#alerts-table .alert-revenue").first()).containsText("PLN");
		page.navigate(url("/alerts?sort=nonsense"));
		assertThat(page.locator(".alert-info[role=status]")).isVisible();

		// Filters as one types, on the server: lower case finds the partner.
		page.navigate(url("/alerts"));
		page.fill("#partner", lapsing.name().toLowerCase(java.util.Locale.ROOT).substring(0, lapsing.name().indexOf(" sp.")));
		assertThat(page.locator("#alerts-table tbody tr")).hasCount(1);
		assertThat(page.locator("#alerts-table tbody tr")).containsText(lapsing.name());
		page.selectOption("#severity", "HIGH");
		assertThat(page.locator("#alerts-none")).isVisible();

		APIResponse csv = page.request().get(url("/alerts?status=ALL&sort=partner,asc&format=csv"));
		assertThat(csv.status()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("Partner,Severity,Weight").contains(quitter.name()).contains(lapsing.name()).contains("PLN");
		APIResponse polish = page.request().get(url("/alerts?status=ALL&format=csv&lang=pl"));
		assertThat(new String(polish.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFPartner;").contains(";Waga sygnałów;");
		APIResponse xlsx = page.request().get(url("/alerts?format=xlsx"));
		assertThat(xlsx.headers().get("content-type")).contains("spreadsheetml");
	}

	@Test
	@Order(3)
	void showsNoControlsToWhoeverMayOnlyRead() {
		signIn(executiveEmail);
		page.navigate(url("/alerts"));
		assertThat(page.locator("#alerts-table tbody tr")).hasCount(2);
		assertThat(page.locator(".alert-acknowledge")).hasCount(0);
		assertThat(page.locator("#evaluate-form")).hasCount(0);
		page.navigate(url("/alerts/" + alertOf(quitter)));
		assertThat(page.locator("#alert-signs")).isVisible();
		assertThat(page.locator("#alert-step")).hasCount(0);
		assertThat(page.locator("#alert-readonly")).isVisible();

		// The CAM acts on its own partner's alert only.
		signIn(camEmail);
		page.navigate(url("/alerts?lang=pl"));
		assertThat(page.locator("#alerts-table tr[data-id='" + alertOf(quitter) + "'] .alert-acknowledge")).hasCount(1);
		assertThat(page.locator("#alerts-table tr[data-id='" + alertOf(lapsing) + "'] .alert-acknowledge")).hasCount(0);
		page.navigate(url("/alerts/" + alertOf(lapsing)));
		assertThat(page.locator("#alert-step")).hasCount(0);
		assertThat(page.locator("#alert-readonly")).containsText("Na tym alercie działa tylko");
	}

	/** Issue 13's defect: before, the next reading of the very signs the CAM resolved it with raised it again. */
	@Test
	@Order(4)
	void keepsAnAlertTheCamResolvedWhenTheSameSignsAreReadAgain() {
		UUID alert = alertOf(quitter);
		signIn(camEmail);
		page.navigate(url("/alerts/" + alert));
		page.fill("#note", "Meeting booked with the partner's board");
		page.click("#resolve");
		assertThat(page.locator("#alert-done")).isVisible();
		assertThat(page.locator("#alert-hold")).hasText("Resolved on " + today + "; stays resolved unless a new sign appears after "
				+ today + ".");

		signIn(programme.chiefEmail());
		page.navigate(url("/alerts"));
		page.click("#evaluate-form button");
		assertThat(page.locator("#alerts-outcome")).containsText("1 kept closed");
		page.click("#evaluate-form button");
		assertThat(page.locator("#alerts-outcome")).containsText("0 alerts raised");
		assertThat(page.locator("#alerts-table tr[data-id]")).hasCount(1);
		assertThat(page.locator("#alerts-table")).not().containsText(quitter.name());
		page.navigate(url("/alerts/" + alert));
		assertThat(page.locator("#alert-status")).hasText("Resolved");
		assertThat(page.locator("#alert-hold")).containsText("stays resolved unless a new sign appears after " + today);
		screenshot("alert-resolved-holds");
	}

	@Test
	@Order(5)
	void keepsADismissalInPolishAndRaisesAgainOnANewSign() {
		UUID alert = alertOf(lapsing);
		signIn(programme.chiefEmail());
		page.navigate(url("/alerts/" + alert + "?lang=pl"));
		page.click("#dismiss");
		assertThat(page.locator("#alert-problem")).containsText("Napisz, dlaczego odrzucasz alert");
		page.fill("#note", "Partner przechodzi do dystrybutora, umowa wygasa");
		page.click("#dismiss");
		// Polish pages write dates as Poles do.
		String polishToday = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today);
		assertThat(page.locator("#alert-hold")).hasText("Odrzucony " + polishToday + "; pozostaje odrzucony, chyba że po "
				+ polishToday + " pojawi się nowy sygnał.");
		page.navigate(url("/alerts"));
		page.click("#evaluate-form button");
		assertThat(page.locator("#alerts-outcome")).containsText("pozostawiono zamkniętych przez ludzi bez nowego sygnału 2");
		assertThat(page.locator("#alerts-none")).isVisible();

		// A new sign — the quitter's certificate, two years old, runs out — raises its alert again and says why.
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		assertThat(chief.upload("/api/v1/imports/touchpoints", "cert.csv",
				("external_id,type,occurred_at,title,partner_tax_id\nAW-Q-CERT,CERTIFICATION," + today.minusWeeks(100)
						+ " 12:00,Certyfikat," + quitter.taxId() + "\n").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
		page.click("#evaluate-form button");
		assertThat(page.locator("#alerts-table tbody tr")).hasCount(1);
		assertThat(page.locator("#alerts-table tbody tr")).containsText(quitter.name());
		page.locator("#alerts-table tbody tr a.btn").first().click();
		assertThat(page.locator("#alert-follows")).containsText("Zgłoszony ponownie");
		page.click("#alert-follows a");
		assertThat(page.locator("#alert-hold-broken")).containsText("pojawił się nowy sygnał");
	}

	private UUID alertOf(Partner partner) {
		List<UUID> ids = jdbc.sql("select id from risk_alert where partnership_id = ? order by raised_on desc, closed_at nulls first")
			.param(partner.partnershipId()).query(UUID.class).list();
		return ids.get(0);
	}
}
