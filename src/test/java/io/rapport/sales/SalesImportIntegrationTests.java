package io.rapport.sales;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

@RapportIntegrationTest
class SalesImportIntegrationTests {

	private static final String HEADER = "external_id,partner_tax_id,partner,closed_on,amount,currency,category,description\n";

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private Partner acme;

	private Partner beta;

	private ApiClient chief;

	@BeforeEach
	void aFreshProgramme() {
		programme = programmes.vendor("Import Vendor");
		acme = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		beta = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
	}

	/** Issue 12: whatever a test imported, corrected or refused, the quarterly totals still add up to the lines. */
	@AfterEach
	void totalsReconcileWithTheLines() {
		SalesReconciliation.assertReconciled(jdbc, programme.vendorId());
	}

	private ApiClient.Response upload(String csv) {
		return chief.upload("/api/v1/imports/sales", "sales.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private long lines() {
		return jdbc.sql("select count(*) from sales_line where vendor_id = ?").param(programme.vendorId()).query(Long.class)
			.single();
	}

	/** Issue 12: the demo's generated history keeps the same promise as an import. */
	@Test
	void theDemosQuarterlyTotalsAddUpToItsLines() {
		List<UUID> vendors = jdbc.sql("select distinct vendor_id from sales_line union select distinct vendor_id from sales_quarter")
			.query(UUID.class).list();
		assertThat(vendors).hasSizeGreaterThan(1);
		vendors.forEach(vendorId -> SalesReconciliation.assertReconciled(jdbc, vendorId));
	}

	@Test
	void importsAFileAndReimportingItChangesNothing() {
		String csv = HEADER + "A-1," + acme.taxId() + ",,2026-02-10,1000.00,PLN,PRODUCT,Switches\n"
				+ "A-2," + beta.taxId() + ",,2026-02-11,2500.50,PLN,SOLUTION,\n";
		JsonNode first = upload(csv).json();
		assertThat(first.get("accepted").asLong()).isEqualTo(2);
		assertThat(first.get("unchanged").asLong()).isZero();
		assertThat(first.get("rejected").asLong()).isZero();
		assertThat(first.get("errors").size()).isZero();

		JsonNode again = upload(csv).json();
		assertThat(again.get("accepted").asLong()).isZero();
		assertThat(again.get("unchanged").asLong()).isEqualTo(2);
		assertThat(lines()).isEqualTo(2);
		assertThat(jdbc.sql("select sum(revenue) from sales_quarter where vendor_id = ?").param(programme.vendorId())
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("3500.50");
	}

	@Test
	void appliesACorrectionAndKeepsItInTheAuditTrail() {
		upload(HEADER + "C-1," + acme.taxId() + ",,2026-03-01,1000.00,PLN,PRODUCT,\n");
		JsonNode corrected = upload(HEADER + "C-1," + acme.taxId() + ",,2026-04-02,1200.00,PLN,SERVICE,fixed\n").json();
		assertThat(corrected.get("accepted").asLong()).isEqualTo(1);
		assertThat(corrected.get("corrected").asLong()).isEqualTo(1);
		assertThat(lines()).isEqualTo(1);
		var audit = jdbc.sql("""
				select c.previous ->> 'amount' as before, c.current ->> 'amount' as after from sales_line_correction c
				where c.vendor_id = ?""").param(programme.vendorId()).query().singleRow();
		assertThat(audit.get("before")).isEqualTo("1000.00");
		assertThat(audit.get("after")).isEqualTo("1200.00");
		// The line moved from Q1 to Q2: both quarters' aggregates were rewritten.
		assertThat(jdbc.sql("select fiscal_quarter, revenue, category from sales_quarter where vendor_id = ?")
			.param(programme.vendorId()).query().listOfRows())
			.singleElement()
			.satisfies(row -> {
				assertThat(((Number) row.get("fiscal_quarter")).intValue()).isEqualTo(2);
				assertThat((java.math.BigDecimal) row.get("revenue")).isEqualByComparingTo("1200.00");
				assertThat(row.get("category")).isEqualTo("SERVICE");
			});
	}

	@Test
	void sortsAMixedFileIntoNewCorrectedAndUnchangedLines() {
		upload(HEADER + "M-1," + acme.taxId() + ",,2026-01-10,100.00,PLN,PRODUCT,\n"
				+ "M-2," + acme.taxId() + ",,2026-01-11,200.00,PLN,PRODUCT,\n");
		JsonNode mixed = upload(HEADER + "M-1," + acme.taxId() + ",,2026-01-10,100.00,PLN,PRODUCT,\n"
				+ "M-2," + beta.taxId() + ",,2026-01-11,200.00,PLN,PRODUCT,moved to beta\n"
				+ "M-3," + beta.taxId() + ",,2026-01-12,50.00,PLN,SERVICE,\n").json();
		assertThat(mixed.get("accepted").asLong()).isEqualTo(2);
		assertThat(mixed.get("corrected").asLong()).isEqualTo(1);
		assertThat(mixed.get("unchanged").asLong()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select partnership_id, sum(revenue) from sales_quarter where vendor_id = ?
				group by partnership_id""").param(programme.vendorId())
			.query((rs, n) -> rs.getObject(1, UUID.class) + "=" + rs.getBigDecimal(2).toPlainString()).list())
			.containsExactlyInAnyOrder(acme.partnershipId() + "=100.00", beta.partnershipId() + "=250.00");
	}

	@Test
	void rejectsTheWholeFileWhenAnyRowIsBadAndNamesEveryBadRow() {
		Partner gone = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		programmes.end(programme, gone, LocalDate.of(2026, 6, 30));
		String future = LocalDate.now().plusDays(10).toString();
		ApiClient.Response response = upload(HEADER
				+ "R-1," + acme.taxId() + ",,2026-02-10,100.00,PLN,PRODUCT,\n"
				+ "R-2,5260001246,,2026-02-10,100.00,PLN,PRODUCT,\n"
				+ "R-3," + gone.taxId() + ",,2026-07-10,100.00,PLN,PRODUCT,\n"
				+ "R-4," + acme.taxId() + ",," + future + ",100.00,PLN,PRODUCT,\n"
				+ "R-5," + acme.taxId() + ",,2026-02-10,100.00,EUR,PRODUCT,\n"
				+ "R-6,,Nobody sp. z o.o.,2026-02-10,100.00,PLN,PRODUCT,\n");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("rejected").asLong()).isEqualTo(5);
		assertThat(problem.get("detail").asString()).contains("nothing was imported");
		assertThat(lineNumbers(problem)).containsExactly(3L, 4L, 5L, 6L, 7L);
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("no partner with tax id 5260001246");
		assertThat(problem.get("errors").get(1).get("message").asString()).contains("no active partnership")
			.contains("ended on 2026-06-30");
		assertThat(problem.get("errors").get(2).get("column").asString()).isEqualTo("closed_on");
		assertThat(problem.get("errors").get(3).get("message").asString()).contains("no EUR→PLN exchange rate");
		assertThat(problem.get("errors").get(4).get("message").asString()).contains("no partner called \"Nobody sp. z o.o.\"");
		assertThat(lines()).isZero();
	}

	@Test
	void importsTheHistoryOfAPartnershipThatHasSinceEnded() {
		Partner former = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		programmes.end(programme, former, LocalDate.of(2026, 6, 30));
		JsonNode report = upload(HEADER + "H-1," + former.taxId() + ",,2026-06-30,100.00,PLN,PRODUCT,\n").json();
		assertThat(report.get("accepted").asLong()).isEqualTo(1);
	}

	@Test
	void validatesWithoutStoringOnADryRun() {
		JsonNode report = chief.upload("/api/v1/imports/sales?dryRun=true", "sales.csv",
				(HEADER + "D-1," + acme.taxId() + ",,2026-02-10,100.00,PLN,PRODUCT,\n").getBytes(StandardCharsets.UTF_8))
			.json();
		assertThat(report.get("accepted").asLong()).isEqualTo(1);
		assertThat(report.get("dryRun").asBoolean()).isTrue();
		assertThat(lines()).isZero();
	}

	@Test
	void convertsForeignCurrenciesWithTheDaysRateOrElseTheMonths() {
		ApiClient.Response rates = chief.upload("/api/v1/imports/exchange-rates", "rates.csv",
				"currency,month,rate\nEUR,2026-02,4.20\n".getBytes(StandardCharsets.UTF_8));
		assertThat(rates.json().get("accepted").asLong()).isEqualTo(1);
		chief.upload("/api/v1/imports/exchange-rates", "rates.csv",
				"currency,date,rate\nEUR,2026-02-14,4.25\n".getBytes(StandardCharsets.UTF_8));
		upload(HEADER + "E-1," + acme.taxId() + ",,2026-02-10,100.00,EUR,PRODUCT,\n"
				+ "E-2," + acme.taxId() + ",,2026-02-14,100.00,EUR,PRODUCT,\n");
		assertThat(jdbc.sql("select reporting_amount from sales_line where vendor_id = ? order by external_id")
			.param(programme.vendorId()).query(java.math.BigDecimal.class).list())
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("420.00"), new java.math.BigDecimal("425.00"));
		ApiClient.Response reporting = chief.upload("/api/v1/imports/exchange-rates", "rates.csv",
				"currency,month,rate\nPLN,2026-02,1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(reporting.status()).isEqualTo(422);
		assertThat(reporting.json().get("errors").get(0).get("message").asString()).contains("reporting currency");
	}

	@Test
	void findsThePartnerByExactNameWhenTheTaxIdIsMissing() {
		JsonNode report = upload(HEADER + "N-1,," + acme.name().toUpperCase() + ",2026-02-10,100.00,PLN,SERVICE,\n").json();
		assertThat(report.get("accepted").asLong()).isEqualTo(1);
		assertThat(jdbc.sql("select partnership_id from sales_line where vendor_id = ?").param(programme.vendorId())
			.query(UUID.class).single()).isEqualTo(acme.partnershipId());
	}

	@Test
	void letsOnlyTheChannelChiefImport() {
		byte[] file = (HEADER + "X-1," + acme.taxId() + ",,2026-02-10,100.00,PLN,PRODUCT,\n").getBytes(StandardCharsets.UTF_8);
		assertThat(ApiClient.as(port, acme.adminEmail()).upload("/api/v1/imports/sales", "s.csv", file).status())
			.isEqualTo(403);
		assertThat(ApiClient.as(port, "cam1@helix.example").upload("/api/v1/imports/sales", "s.csv", file).status())
			.isEqualTo(403);
		// Another vendor's chief cannot book sales on this vendor's partner: it is not in their programme.
		ApiClient.Response foreign = ApiClient.as(port, "chief@helix.example").upload("/api/v1/imports/sales", "s.csv", file);
		assertThat(foreign.status()).isEqualTo(422);
		assertThat(foreign.json().get("errors").get(0).get("message").asString()).contains("is in your programme");
		assertThat(lines()).isZero();
	}

	private static java.util.List<Long> lineNumbers(JsonNode problem) {
		java.util.List<Long> lines = new java.util.ArrayList<>();
		problem.get("errors").forEach(e -> lines.add(e.get("line").asLong()));
		return lines;
	}
}
