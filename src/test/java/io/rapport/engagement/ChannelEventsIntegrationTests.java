package io.rapport.engagement;

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
import static org.awaitility.Awaitility.await;

/**
 * Issue 13: the channel-wide "independent partner events" counted every per-partnership booth, so
 * one fair with booths beside three partners read as three events.
 */
@RapportIntegrationTest
class ChannelEventsIntegrationTests {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Test
	void countsDistinctEventsTheVendorTookPartInNotEveryBooth() {
		Programme programme = programmes.vendor("Booth Counting Vendor");
		Partner first = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		Partner second = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		Partner third = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		OffsetDateTime fair = OffsetDateTime.now(ZoneOffset.UTC).minusDays(20).withHour(10).withMinute(0);
		String csv = "external_id,type,occurred_at,title,partner_tax_id,seniority\n"
				+ "E-1,INDEPENDENT_EVENT," + fair.format(MINUTES) + ",Targi IT," + first.taxId() + ",STAFF\n"
				+ "E-2,INDEPENDENT_EVENT," + fair.plusHours(2).format(MINUTES) + ",Targi IT," + second.taxId() + ",STAFF\n"
				+ "E-3,INDEPENDENT_EVENT," + fair.plusHours(3).format(MINUTES) + ",targi it," + third.taxId() + ",STAFF\n"
				+ "E-4,INDEPENDENT_EVENT," + fair.minusDays(40).format(MINUTES) + ",Forum integratorów," + first.taxId()
				+ ",STAFF\n";
		ApiClient.Response imported = chief.upload("/api/v1/imports/touchpoints", "t.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		String channel = "/api/v1/vendors/" + programme.vendorId() + "/engagement";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode vei = chief.get(channel).json().get("vei");
			assertThat(indicator(vei, "independent_events").get("raw").asDouble()).isEqualTo(2.0);
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
