package io.rapport.signals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme of twelve partnerships, all selling every other week for two years — except six that
 * stopped nine months ago without a word.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	private Programme programme;

	private ApiClient chief;

	@BeforeAll
	void twelvePartnershipsOfWhichSixWentQuiet() {
		programme = programmes.vendor("Retention Vendor");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		StringBuilder csv = new StringBuilder("external_id,partner_tax_id,closed_on,amount,currency,category\n");
		for (int i = 0; i < 12; i++) {
			Partner partner = programmes.partner(programme, "Gold", today.minusYears(3));
			LocalDate last = i < 6 ? today.minusDays(1 + i) : today.minusMonths(9);
			for (LocalDate day = today.minusYears(2).plusDays(i); !day.isAfter(last); day = day.plusDays(14)) {
				csv.append("R-%d-%s,%s,%s,100.00,PLN,PRODUCT\n".formatted(i, day, partner.taxId(), day));
			}
		}
		chief = ApiClient.as(port, programme.chiefEmail());
		ApiClient.Response imported = chief.upload("/api/v1/imports/sales", "sales.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
	}

	@Test
	void tellsThePartnersStillSellingFromThoseWhoQuietlyStopped() {
		ApiClient.Response refit = chief.post("/api/v1/vendors/" + programme.vendorId() + "/retention/refit", "");
		assertThat(refit.status()).as(refit.toString()).isEqualTo(200);
		assertThat(refit.json().get("partnerships").asInt()).isEqualTo(12);
		assertThat(refit.json().get("converged").asBoolean()).isTrue();
		JsonNode selling = retention(programme.partners().get(0));
		JsonNode quiet = retention(programme.partners().get(9));
		assertThat(selling.get("pAlive").asDouble()).isGreaterThan(0.8);
		assertThat(quiet.get("pAlive").asDouble()).as(refit.body() + " " + quiet).isLessThan(0.2);
		assertThat(selling.get("expectedTransactionsNextQuarter").asDouble())
			.isGreaterThan(quiet.get("expectedTransactionsNextQuarter").asDouble() + 3);
		// Every other week over the last thirteen: six or seven selling days; none for the quiet one.
		assertThat(selling.get("transactionsLastQuarter").asInt()).isBetween(6, 7);
		assertThat(quiet.get("transactionsLastQuarter").asInt()).isZero();
		// Every other week, the last quarter as the four before: no drop.
		assertThat(selling.get("rateDrop").get("dropped").asBoolean()).isFalse();
		assertThat(selling.get("rateDrop").get("perPeriodBefore").asDouble()).isBetween(6.0, 7.0);
		assertThat(selling.get("fittedOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Warsaw")).toString());
	}

	@Test
	void isTheVendorsAloneAndNeedsEnoughPartnershipsThatSold() {
		Partner partner = programme.partners().get(3);
		String path = "/api/v1/partnerships/" + partner.partnershipId() + "/retention";
		assertThat(ApiClient.as(port, partner.adminEmail()).get(path).status()).isEqualTo(404);
		Programme other = programmes.vendor("Other Retention Vendor");
		assertThat(ApiClient.as(port, other.chiefEmail()).get(path).status()).isEqualTo(404);
		programmes.partner(other, "Gold", LocalDate.of(2024, 1, 1));
		ApiClient.Response tooFew = ApiClient.as(port, other.chiefEmail())
			.get("/api/v1/vendors/" + other.vendorId() + "/retention");
		assertThat(tooFew.status()).isEqualTo(422);
		assertThat(tooFew.body()).contains("Only 0 partnerships have sold");
	}

	private JsonNode retention(Partner partner) {
		ApiClient.Response response = chief.get("/api/v1/partnerships/" + partner.partnershipId() + "/retention");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}
}
