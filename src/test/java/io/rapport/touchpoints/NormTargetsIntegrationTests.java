package io.rapport.touchpoints;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The vendor's own cadence norms are the targets its VEI is measured against. */
@RapportIntegrationTest
class NormTargetsIntegrationTests {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Test
	void measuresTheVeiAgainstTheVendorsOwnNormsAndLeavesOutAWaivedOne() {
		Programme programme = programmes.vendor("Own Norms Vendor");
		Partner partner = programmes.partner(programme, "Platinum", LocalDate.of(2024, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String csv = "external_id,type,occurred_at,title,partner_tax_id,seniority\n"
				+ "P-1,PRESS_BRIEFING," + now.minusDays(3).format(MINUTES) + ",Channel briefing,,MANAGER\n"
				+ "P-2,PRESS_BRIEFING," + now.minusDays(100).format(MINUTES) + ",Channel briefing,,MANAGER\n"
				+ "K-1,KEY_PARTNER_MEETING," + now.minusDays(10).format(MINUTES) + ",Review," + partner.taxId() + ",MANAGER\n";
		ApiClient.Response imported = chief.upload("/api/v1/imports/touchpoints", "t.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		String channel = "/api/v1/vendors/" + programme.vendorId() + "/engagement";
		String own = "/api/v1/partnerships/" + partner.partnershipId() + "/engagement";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			// The columns' norms: a press briefing and a top-tier meeting every quarter, four of each a year.
			assertThat(indicator(chief.get(channel).json().get("vei"), "press_briefings").get("normalized").asDouble())
				.isCloseTo(0.5, within(1e-9));
			assertThat(indicator(chief.get(own).json().get("vei"), "direct_meetings").get("normalized").asDouble())
				.isCloseTo(0.25, within(1e-9));
		});
		ApiClient.Response changed = chief.send("PUT", "/api/v1/vendors/" + programme.vendorId() + "/cadence-norms",
				"{\"PRESS_BRIEFING_PER_QUARTER\":2,\"TOP_TIER_MEETING_PER_QUARTER\":0}");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			// Two a quarter: eight over the window, of which two were held.
			assertThat(indicator(chief.get(channel).json().get("vei"), "press_briefings").get("normalized").asDouble())
				.isCloseTo(0.25, within(1e-9));
			JsonNode vei = chief.get(own).json().get("vei");
			assertThat(vei.get("indicators").findValuesAsString("key")).doesNotContain("direct_meetings")
				.contains("communication_regularity");
			assertThat(vei.get("coverage").asDouble()).isLessThan(1);
		});
	}

	private static JsonNode indicator(JsonNode index, String key) {
		for (JsonNode indicator : index.get("indicators")) {
			if (indicator.get("key").asString().equals(key)) {
				return indicator;
			}
		}
		throw new AssertionError("No indicator " + key + " in " + index);
	}
}
