package io.rapport.sales;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The sales views answer from aggregates and a partnership register kept in memory (issue 3's
 * latency goal); these tests guard that every change shows in the very next answer.
 */
@RapportIntegrationTest
class SalesFiguresFreshnessIntegrationTests {

	private static final String HEADER = "external_id,partner_tax_id,closed_on,amount,currency,category\n";

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private Partner acme;

	private ApiClient chief;

	private String kpis;

	@BeforeEach
	void aProgrammeWithOneSale() {
		programme = programmes.vendor("Fresh Vendor");
		acme = programmes.partner(programme, "Silver", LocalDate.of(2025, 1, 1));
		programmes.partner(programme, "Gold", LocalDate.of(2025, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
		upload(HEADER + "F-1," + acme.taxId() + ",2026-02-10,100.00,PLN,PRODUCT\n");
		kpis = "/api/v1/vendors/" + programme.vendorId() + "/kpis?from=2026-Q1&to=2026-Q1";
	}

	/** Issue 12: the figures read fresh, and the totals they are read from add up to the lines. */
	@AfterEach
	void totalsReconcileWithTheLines() {
		SalesReconciliation.assertReconciled(jdbc, programme.vendorId());
	}

	private void upload(String csv) {
		ApiClient.Response response = chief.upload("/api/v1/imports/sales", "sales.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private String revenue() {
		return chief.get(kpis).json().get("revenue").get("amount").asString();
	}

	@Test
	void showsAnImportInTheNextAnswer() {
		assertThat(revenue()).isEqualTo("100.00");
		upload(HEADER + "F-2," + acme.taxId() + ",2026-03-10,250.00,PLN,SOLUTION\n");
		assertThat(revenue()).isEqualTo("350.00");
	}

	@Test
	void showsACorrectionThatMovesALineOutOfThePeriod() {
		assertThat(revenue()).isEqualTo("100.00");
		upload(HEADER + "F-1," + acme.taxId() + ",2026-04-10,100.00,PLN,PRODUCT\n");
		assertThat(revenue()).isEqualTo("0.00");
	}

	@Test
	void leavesTheFiguresAloneAfterADryRun() {
		assertThat(revenue()).isEqualTo("100.00");
		ApiClient.Response dry = chief.upload("/api/v1/imports/sales?dryRun=true", "sales.csv",
				(HEADER + "F-3," + acme.taxId() + ",2026-03-10,900.00,PLN,PRODUCT\n").getBytes(StandardCharsets.UTF_8));
		assertThat(dry.status()).isEqualTo(200);
		assertThat(revenue()).isEqualTo("100.00");
	}

	@Test
	void showsATierChangeInTheNextAnswer() {
		JsonNode before = chief.get("/api/v1/vendors/" + programme.vendorId() + "/sales/by-partnership?from=2026-Q1&to=2026-Q1")
			.json();
		assertThat(before.get(0).get("tier").asString()).isEqualTo("Silver");
		ApiClient.Response changed = chief.post("/api/v1/partnerships/" + acme.partnershipId() + "/tier",
				"{\"tier\":\"Platinum\"}");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		JsonNode after = chief.get("/api/v1/vendors/" + programme.vendorId() + "/sales/by-partnership?from=2026-Q1&to=2026-Q1")
			.json();
		assertThat(after.get(0).get("tier").asString()).isEqualTo("Platinum");
	}

	@Test
	void showsAPartnerRenamedInTheDatabaseInTheNextAnswer() {
		assertThat(chief.get("/api/v1/vendors/" + programme.vendorId() + "/sales/by-partnership").json().toString())
			.contains(acme.name());
		jdbc.sql("update organization set name = 'Renamed Integrator S.A.' where id = ?").param(acme.partnerId()).update();
		assertThat(chief.get("/api/v1/vendors/" + programme.vendorId() + "/sales/by-partnership").json().toString())
			.contains("Renamed Integrator S.A.")
			.doesNotContain(acme.name());
	}
}
