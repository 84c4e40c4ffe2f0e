package io.rapport.engagement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.Quarter;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Data entered late for a past quarter reaches that quarter's stored snapshot, not only the current one. */
@RapportIntegrationTest
class PastQuartersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	VendorProgrammes vendorProgrammes;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void computesTheTwoYearsOfHistoryInTheBackgroundOnceAVendorHasData() {
		Programme programme = programmes.vendor("History Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2023, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		ApiClient.Response imported = chief.upload("/api/v1/imports/sales", "sales.csv",
				("external_id,partner_tax_id,closed_on,amount,currency,category\nH-1," + partner.taxId() + ","
						+ LocalDate.now().minusMonths(14) + ",900.00,PLN,PRODUCT\n").getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		// Nobody asks for a past quarter, yet all eight quarters of a partnership's history are there.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"select count(*) from engagement_channel_snapshot where vendor_id = ?").param(programme.vendorId())
			.query(Long.class).single()).isEqualTo(8));
	}

	@Test
	void recomputesAStoredPastQuarterWhenItsSalesArriveLate() {
		Programme programme = programmes.vendor("Late Sales Vendor");
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2023, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		VendorProgramme vendor = vendorProgrammes.find(programme.vendorId()).orElseThrow();
		Quarter current = vendor.calendar().quarterOf(LocalDate.now(vendor.timeZone()));
		Quarter past = current.previous().previous().previous().previous().previous();
		String engagement = "/api/v1/partnerships/" + partner.partnershipId() + "/engagement?quarter=" + past;
		assertThat(chief.get(engagement).json().get("facts").get("revenue").asString()).isEqualTo("0.00");
		LocalDate closed = past.startIn(vendor.calendar()).plusDays(10);
		ApiClient.Response imported = chief.upload("/api/v1/imports/sales", "late.csv",
				("external_id,partner_tax_id,closed_on,amount,currency,category\nLATE-1," + partner.taxId() + "," + closed
						+ ",2500.00,PLN,PRODUCT\n").getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				chief.get(engagement).json().get("facts").get("revenue").asString()).isEqualTo("2500.00"));
		// The current quarter's window (the last four quarters) does not reach back that far.
		assertThat(chief.get("/api/v1/partnerships/" + partner.partnershipId() + "/engagement").json().get("facts")
			.get("revenue").asString()).isEqualTo("0.00");
	}
}
