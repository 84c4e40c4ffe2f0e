package io.rapport.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.within;

/**
 * The hub's wave across three vendors, computed by hand: Alpha's five partners rate it 8 on
 * communication and 6 on the phone (overall 7; a year before 8), Beta's five 4–6 on both (overall 5;
 * a year before 3), Gamma has three answers only.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCardsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	SurveyBulkLoad history;

	@Autowired
	JdbcClient jdbc;

	private Programme alpha;

	private Programme beta;

	private Programme gamma;

	private String wave;

	@BeforeAll
	void aHubWaveAcrossThreeVendors() {
		alpha = programmes.vendor("Alpha Card Vendor");
		beta = programmes.vendor("Beta Card Vendor");
		gamma = programmes.vendor("Gamma Card Vendor");
		for (Programme programme : List.of(alpha, beta)) {
			for (int i = 0; i < 5; i++) {
				programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
			}
		}
		for (int i = 0; i < 3; i++) {
			programmes.partner(gamma, "Gold", LocalDate.of(2024, 1, 1));
		}
		UUID hub = jdbc.sql("select organization_id from app_user where email = 'analyst@hub.example'").query(UUID.class).single();
		UUID analystId = jdbc.sql("select id from app_user where email = 'analyst@hub.example'").query(UUID.class).single();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		ApiClient analyst = ApiClient.as(port, "analyst@hub.example");
		wave = analyst.post("/api/v1/surveys", """
				{"title":"Report card %s","vendorIds":["%s","%s","%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(today, alpha.vendorId(), beta.vendorId(), gamma.vendorId(), today, today.plusDays(7)))
			.json().get("id").asString();
		int[] betaRatings = { 4, 5, 6, 5, 5 };
		for (int i = 0; i < 5; i++) {
			answer(alpha, alpha.partners().get(i), 8, 6);
			answer(beta, beta.partners().get(i), betaRatings[i], betaRatings[i]);
		}
		for (Partner partner : gamma.partners()) {
			answer(gamma, partner, 9, 9);
		}
		assertThat(analyst.post("/api/v1/surveys/" + wave + "/close", "").status()).isEqualTo(200);
		// The hub's wave a year before, loaded as history.
		LocalDate opened = today.minusMonths(12);
		yearAgo(hub, analystId, alpha, opened, 8);
		yearAgo(hub, analystId, beta, opened, 3);
	}

	private void answer(Programme programme, Partner partner, int communication, int phone) {
		ApiClient.Response response = ApiClient.as(port, partner.adminEmail()).post("/api/v1/surveys/" + wave + "/responses", """
				{"vendorId":"%s","nps":8,"ratings":{"communication_regularity":%d,"phone_support":%d}}"""
			.formatted(programme.vendorId(), communication, phone));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	private void yearAgo(UUID hub, UUID analystId, Programme programme, LocalDate opened, int rating) {
		List<SurveyBulkLoad.PastAnswer> answers = new ArrayList<>();
		for (Partner partner : programme.partners()) {
			UUID person = jdbc.sql("select id from app_user where email = ?").param(partner.adminEmail()).query(UUID.class).single();
			answers.add(new SurveyBulkLoad.PastAnswer(programme.vendorId(), partner.partnerId(), person, Instant.now().minusSeconds(86_400L * 360), 7,
					Map.of("communication_regularity", rating, "phone_support", rating), Map.of(), null, false));
		}
		history.load(new SurveyBulkLoad.PastWave("Report card a year ago", List.of(programme.vendorId()), hub, analystId, opened,
				opened.plusDays(14), answers, Map.of(), analystId));
	}

	@Test
	void ranksTheVendorsOverallAndPerCriterionAndPlacesThemByLevelAndChange() {
		ApiClient.Response response = ApiClient.as(port, "analyst@hub.example").get("/api/v1/surveys/" + wave + "/standings");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode standings = response.json();
		assertThat(standings.size()).isEqualTo(3);
		JsonNode first = standings.get(0);
		assertThat(first.get("vendorId").asString()).isEqualTo(alpha.vendorId().toString());
		assertThat(first.get("overallRank").asInt()).isEqualTo(1);
		assertThat(first.get("overall").get("value").asDouble()).isEqualTo(7);
		assertThat(first.get("change").asDouble()).isEqualTo(-1);
		assertThat(first.get("quadrant").asString()).isEqualTo("CONTENDER");
		JsonNode second = standings.get(1);
		assertThat(second.get("vendorId").asString()).isEqualTo(beta.vendorId().toString());
		// Each of Beta's partners rates 4, 5, 6, 5, 5 overall: mean 5, s = 0.7071, t(4) = 2.776.
		assertThat(second.get("overall").get("value").asDouble()).isEqualTo(5);
		assertThat(second.get("overall").get("ciLow").asDouble()).isCloseTo(5 - 2.776445 * 0.316228, within(0.01));
		assertThat(second.get("change").asDouble()).isEqualTo(2);
		assertThat(second.get("quadrant").asString()).isEqualTo("GROWER");
		assertThat(second.get("criteria").get(0).get("key").asString()).isEqualTo("communication_regularity");
		assertThat(second.get("criteria").get(0).get("rank").asInt()).isEqualTo(2);
		// Gamma's three answers stay hidden and unranked.
		JsonNode last = standings.get(2);
		assertThat(last.get("vendorId").asString()).isEqualTo(gamma.vendorId().toString());
		assertThat(last.get("overall").get("suppressed").asBoolean()).isTrue();
		assertThat(last.get("overallRank").isNull()).isTrue();
		assertThat(last.get("criteria").get(0).get("mean").get("value").isNull()).isTrue();
		// All vendors together leave Gamma's three answers out: the whole less Alpha and Beta would be them.
		ApiClient.Response together = ApiClient.as(port, "analyst@hub.example").get("/api/v1/surveys/" + wave + "/results");
		assertThat(together.status()).as(together.toString()).isEqualTo(200);
		JsonNode all = together.json();
		assertThat(all.get("respondents").asInt()).isEqualTo(10);
		assertThat(all.get("comments").size()).isZero();
		// A vendor of the hub's wave learns of itself only, not who else is rated.
		JsonNode seenByAlpha = ApiClient.as(port, alpha.chiefEmail()).get("/api/v1/surveys/" + wave).json();
		assertThat(seenByAlpha.get("vendors").findValuesAsString("id")).containsExactly(alpha.vendorId().toString());
		// A vendor of the wave does not read the hub's standings.
		assertThat(ApiClient.as(port, alpha.chiefEmail()).get("/api/v1/surveys/" + wave + "/standings").status())
			.isEqualTo(403);
	}

	@Test
	void givesAPartnerItsVendorsEngagementBesideWhatPartnersSayAndAVerdict() {
		ApiClient partner = ApiClient.as(port, alpha.partners().get(0).adminEmail());
		JsonNode cards = partner.get("/api/v1/report-cards/mine").json();
		assertThat(cards.size()).isEqualTo(1);
		JsonNode card = cards.get(0);
		assertThat(card.get("vendorId").asString()).isEqualTo(alpha.vendorId().toString());
		assertThat(card.get("survey").get("id").asString()).isEqualTo(wave);
		assertThat(card.get("partners").get("weightedScore").asDouble()).isEqualTo(7);
		assertThat(card.get("own").get("ratings").get("communication_regularity").asInt()).isEqualTo(8);
		// A vendor nobody has met scores no VEI: whatever partners say, that alone says avoid.
		assertThat(card.get("vei").asDouble()).isLessThan(35);
		assertThat(card.get("verdict").asString()).isEqualTo("AVOID");
		assertThat(card.get("reasons").get(0).asString()).contains("ngagement toward you");
		// Gamma's partners see their own answer, but not the three answers together.
		JsonNode gammaCard = ApiClient.as(port, gamma.partners().get(0).adminEmail()).get("/api/v1/report-cards/mine").json()
			.get(0);
		assertThat(gammaCard.get("partners").get("weightedScore").isNull()).isTrue();
		assertThat(gammaCard.get("own").get("weightedScore").asDouble()).isEqualTo(9);
		assertThat(ApiClient.as(port, alpha.chiefEmail()).get("/api/v1/report-cards/mine").json().size()).isZero();
	}
}
