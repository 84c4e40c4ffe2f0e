package io.rapport.sales;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor's KPIs and concentration on a programme small enough to compute by hand: five
 * partnerships selling 100, 200, 300, 400 and 0 in 2026-Q1, and 500 the quarter before.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesAnalyticsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private ApiClient chief;

	private String base;

	private final List<Partner> p = new ArrayList<>();

	@BeforeAll
	void aProgrammeComputedByHand() {
		programme = programmes.vendor("Analytics Vendor");
		LocalDate since = LocalDate.of(2025, 1, 1);
		for (String tier : List.of("Platinum", "Gold", "Silver", "Registered", "Registered")) {
			p.add(programmes.partner(programme, tier, since));
		}
		chief = ApiClient.as(port, programme.chiefEmail());
		String csv = "external_id;partner_tax_id;closed_on;amount;currency;category\n"
				+ "K-1;" + p.get(0).taxId() + ";2026-01-15;50,00;PLN;PRODUCT\n"
				+ "K-2;" + p.get(0).taxId() + ";2026-02-15;50,00;PLN;PRODUCT\n"
				+ "K-3;" + p.get(1).taxId() + ";2026-01-01;200,00;PLN;SOLUTION\n"
				+ "K-4;" + p.get(2).taxId() + ";2026-01-20;100,00;PLN;SERVICE\n"
				+ "K-5;" + p.get(2).taxId() + ";2026-02-20;100,00;PLN;SERVICE\n"
				+ "K-6;" + p.get(2).taxId() + ";2026-03-20;100,00;PLN;SERVICE\n"
				+ "K-7;" + p.get(3).taxId() + ";2026-03-01;150,00;PLN;PRODUCT\n"
				+ "K-8;" + p.get(3).taxId() + ";2026-03-31;250,00;PLN;SOLUTION\n"
				+ "K-9;" + p.get(0).taxId() + ";2025-11-05;500,00;PLN;PRODUCT\n";
		ApiClient.Response imported = chief.upload("/api/v1/imports/sales", "q1.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		base = "/api/v1/vendors/" + programme.vendorId();
	}

	/** Issue 12: the figures computed by hand come from totals that add up to the lines. */
	@AfterAll
	void totalsReconcileWithTheLines() {
		SalesReconciliation.assertReconciled(jdbc, programme.vendorId());
	}

	@Test
	void listsEveryPartnershipIncludingThoseThatSoldNothing() {
		JsonNode rows = chief.get(base + "/sales/by-partnership?from=2026-Q1&to=2026-Q1").json();
		assertThat(rows.size()).isEqualTo(5);
		assertThat(rows.get(0).get("partnerName").asString()).isEqualTo(p.get(3).name());
		assertThat(rows.get(0).get("revenue").get("amount").asString()).isEqualTo("400.00");
		assertThat(rows.get(0).get("revenue").get("currency").asString()).isEqualTo("PLN");
		assertThat(rows.get(0).get("deals").asLong()).isEqualTo(2);
		assertThat(rows.get(0).get("tier").asString()).isEqualTo("Registered");
		assertThat(rows.get(4).get("revenue").get("amount").asString()).isEqualTo("0.00");
		assertThat(rows.get(4).get("deals").asLong()).isZero();
	}

	@Test
	void computesTheKpisWithTheThresholdsGiven() {
		JsonNode kpis = chief.get(base + "/kpis?from=2026-Q1&to=2026-Q1&minDeals=2&minRevenue=250").json();
		assertThat(kpis.get("partnerships").asLong()).isEqualTo(5);
		assertThat(kpis.get("sellingPartnerships").asLong()).isEqualTo(4);
		assertThat(kpis.get("meetingThresholds").asLong()).isEqualTo(2);
		assertThat(kpis.get("shareMeetingThresholds").asDouble()).isEqualTo(0.4);
		assertThat(kpis.get("revenue").get("amount").asString()).isEqualTo("1000.00");
		assertThat(kpis.get("deals").asLong()).isEqualTo(8);
		assertThat(kpis.get("averageDealValue").get("amount").asString()).isEqualTo("125.00");
		assertThat(kpis.get("averageRevenuePerPartnership").get("amount").asString()).isEqualTo("200.00");
		JsonNode platinum = kpis.get("byTier").get(0);
		assertThat(platinum.get("tier").asString()).isEqualTo("Platinum");
		assertThat(platinum.get("revenue").get("amount").asString()).isEqualTo("100.00");
		JsonNode registered = kpis.get("byTier").get(3);
		assertThat(registered.get("partnerships").asLong()).isEqualTo(2);
		assertThat(registered.get("averageRevenuePerPartnership").get("amount").asString()).isEqualTo("200.00");
		assertThat(registered.get("revenueShare").asDouble()).isEqualTo(0.4);
		JsonNode mix = kpis.get("categoryMix");
		assertThat(mix.get(0).get("revenueShare").asDouble()).isEqualTo(0.25);
		assertThat(mix.get(1).get("revenueShare").asDouble()).isEqualTo(0.45);
		assertThat(mix.get(2).get("revenueShare").asDouble()).isEqualTo(0.3);
		JsonNode growth = kpis.get("growth");
		assertThat(growth.get("previousPeriod").get("revenue").get("amount").asString()).isEqualTo("500.00");
		assertThat(growth.get("previousPeriod").get("revenueChange").asDouble()).isEqualTo(1.0);
		assertThat(growth.get("previousPeriod").get("dealsChange").asDouble()).isEqualTo(7.0);
		assertThat(growth.get("samePeriodLastYear").get("revenueChange").isNull()).isTrue();
	}

	@Test
	void measuresConcentrationOverEveryPartnership() {
		JsonNode c = chief.get(base + "/concentration?from=2026-Q1&to=2026-Q1").json();
		// x = 0, 100, 200, 300, 400: Σ(2i − 6)·x_i = −200 + 600 + 1600 = 2000; / (5 · 1000) = 0.4.
		assertThat(c.get("partnerships").asInt()).isEqualTo(5);
		assertThat(c.get("revenue").get("amount").asString()).isEqualTo("1000.00");
		assertThat(c.get("gini").asDouble()).isEqualTo(0.4);
		assertThat(c.get("top20Share").asDouble()).isEqualTo(0.4);
		assertThat(c.get("hhi").asDouble()).isEqualTo(3000.0);
		assertThat(c.get("lorenz").size()).isEqualTo(6);
	}

	@Test
	void answersPeriodsThatAreNotWholeQuartersFromTheLines() {
		// 2 January onwards leaves out the 200 sold on New Year's Day.
		JsonNode kpis = chief.get(base + "/kpis?from=2026-01-02&to=2026-03-31").json();
		assertThat(kpis.get("revenue").get("amount").asString()).isEqualTo("800.00");
		JsonNode quarters = chief.get(base + "/sales/by-quarter?from=2025-Q4&to=2026-Q2").json();
		assertThat(quarters.size()).isEqualTo(3);
		assertThat(quarters.get(0).get("quarter").asString()).isEqualTo("2025-Q4");
		assertThat(quarters.get(0).get("revenue").get("amount").asString()).isEqualTo("500.00");
		assertThat(quarters.get(1).get("revenueByCategory").get("SOLUTION").get("amount").asString()).isEqualTo("450.00");
		assertThat(quarters.get(2).get("deals").asLong()).isZero();
	}

	@Test
	void setsTiersAgainstRevenueDecilesAndNamesTheMismatches() {
		JsonNode t = chief.get(base + "/sales/tiers-by-decile?from=2026-Q1&to=2026-Q1").json();
		assertThat(t.get("tiers").get(0).asString()).isEqualTo("Platinum");
		assertThat(t.get("counts").get(0).get("partnershipsByTier").get("Registered").asLong()).isEqualTo(1);
		assertThat(t.get("counts").get(6).get("partnershipsByTier").get("Platinum").asLong()).isEqualTo(1);
		List<String> kinds = new ArrayList<>();
		t.get("mismatches").forEach(m -> kinds.add(m.get("partnerName").asString() + ":" + m.get("kind").asString()));
		assertThat(kinds).containsExactlyInAnyOrder(p.get(0).name() + ":TOP_TIER_SELLING_LITTLE",
				p.get(3).name() + ":LOW_TIER_SELLING_MUCH");
	}

	@Test
	void showsAPartnerItsOwnSalesAndNoOneElses() {
		ApiClient partner = ApiClient.as(port, p.get(2).adminEmail());
		JsonNode own = partner.get("/api/v1/partnerships/" + p.get(2).partnershipId() + "/sales?from=2026-Q1&to=2026-Q1").json();
		assertThat(own.get("lines").size()).isEqualTo(3);
		assertThat(own.get("quarters").get(0).get("revenue").get("amount").asString()).isEqualTo("300.00");
		assertThat(partner.get("/api/v1/partnerships/" + p.get(3).partnershipId() + "/sales").status()).isEqualTo(404);
		assertThat(partner.get(base + "/kpis").status()).isEqualTo(404);
	}

	@Test
	void explainsABadPeriodOrThreshold() {
		assertThat(chief.get(base + "/kpis?from=yesterday").json().get("detail").asString()).contains("neither a date");
		assertThat(chief.get(base + "/kpis?minDeals=-1").status()).isEqualTo(400);
		assertThat(chief.get(base + "/concentration?from=2026-Q3&to=2026-Q1").json().get("detail").asString())
			.contains("ends");
	}
}
