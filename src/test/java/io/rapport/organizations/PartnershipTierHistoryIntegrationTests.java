package io.rapport.organizations;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: a tier change keeps its reason in a history; the API's search ignores diacritics and case. */
@RapportIntegrationTest
class PartnershipTierHistoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Test
	void keepsTierChangesWithTheirReasonsAndStillTakesChangesWithoutOne() {
		Programme programme = programmes.vendor("Tier Reason Vendor");
		Partner partner = programmes.partner(programme, "Silver", LocalDate.of(2025, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String tier = "/api/v1/partnerships/" + partner.partnershipId() + "/tier";
		ApiClient.Response withReason = chief.post(tier, "{\"tier\":\"Gold\",\"reason\":\"Certified two engineers\"}");
		assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
		ApiClient.Response without = chief.post(tier, "{\"tier\":\"Platinum\"}");
		assertThat(without.status()).as(without.toString()).isEqualTo(200);
		assertThat(without.json().get("tier").asString()).isEqualTo("Platinum");

		JsonNode history = chief.get("/api/v1/partnerships/" + partner.partnershipId() + "/tier-history").json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("fromTier").asString()).isEqualTo("Gold");
		assertThat(history.get(0).get("toTier").asString()).isEqualTo("Platinum");
		JsonNode noReason = history.get(0).get("reason");
		assertThat(noReason == null || noReason.isNull()).isTrue();
		assertThat(history.get(1).get("reason").asString()).isEqualTo("Certified two engineers");
		assertThat(history.get(1).get("changedBy").get("name").asString()).isEqualTo(programme.chief().name());

		ApiClient.Response tooLong = chief.post(tier, "{\"tier\":\"Gold\",\"reason\":\"" + "x".repeat(501) + "\"}");
		assertThat(tooLong.status()).isEqualTo(422);
		// The partner sees the partnership, not the vendor's notes on it.
		ApiClient partnerAdmin = ApiClient.as(port, partner.adminEmail());
		assertThat(partnerAdmin.get("/api/v1/partnerships/" + partner.partnershipId() + "/tier-history").json()).isEmpty();
	}

	@Test
	void searchesIgnoringPolishDiacriticsAndCase() {
		ApiClient chief = ApiClient.as(port, "chief@magnus.example");
		long accented = chief.get("/api/v1/partnerships?q=Pozna%C5%84&size=200").json().get("page").get("totalElements").asLong();
		assertThat(accented).isPositive();
		assertThat(chief.get("/api/v1/partnerships?q=poznan&size=200").json().get("page").get("totalElements").asLong())
			.isEqualTo(accented);
		assertThat(chief.get("/api/v1/partnerships?q=POZNAN&size=200").json().get("page").get("totalElements").asLong())
			.isEqualTo(accented);
	}
}
