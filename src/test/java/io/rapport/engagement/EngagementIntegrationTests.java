package io.rapport.engagement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;

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
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * PEI, VEI, the channel-wide VEI and the quadrant on a programme computed by hand: three
 * partnerships, 2026-Q1 (window 2025-Q2 to 2026-Q1, calendar fiscal year).
 * acme (Platinum) sold 4,000 in two deals and met the vendor every quarter with an executive;
 * beta (Gold) sold 500 in one service deal and came to a training; gamma (Silver) did nothing.
 * The vendor held one free conference with the press invited.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	private Programme programme;

	private Partner acme;

	private Partner beta;

	private Partner gamma;

	private ApiClient chief;

	@BeforeAll
	void aProgrammeComputedByHand() {
		programme = programmes.vendor("Engaged Vendor");
		acme = programmes.partner(programme, "Platinum", LocalDate.of(2024, 1, 1));
		beta = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		gamma = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
		upload("/api/v1/imports/sales", "external_id,partner_tax_id,closed_on,amount,currency,category\n"
				+ "E-1," + acme.taxId() + ",2026-01-10,1000.00,PLN,PRODUCT\n"
				+ "E-2," + acme.taxId() + ",2026-02-10,3000.00,PLN,SOLUTION\n"
				+ "E-3," + beta.taxId() + ",2025-06-10,500.00,PLN,SERVICE\n");
		upload("/api/v1/imports/touchpoints", "external_id,type,occurred_at,title,partner_tax_id,seniority,direction,"
				+ "paid_for_partners,press_invited\n"
				+ "M-1,KEY_PARTNER_MEETING,2025-05-10 10:00,Q2 review," + acme.taxId() + ",EXECUTIVE,,,\n"
				+ "M-2,KEY_PARTNER_MEETING,2025-08-10 10:00,Q3 review," + acme.taxId() + ",EXECUTIVE,,,\n"
				+ "M-3,KEY_PARTNER_MEETING,2025-11-10 10:00,Q4 review," + acme.taxId() + ",EXECUTIVE,,,\n"
				+ "M-4,KEY_PARTNER_MEETING,2026-02-10 10:00,Q1 review," + acme.taxId() + ",EXECUTIVE,,,\n"
				+ "T-1,TRAINING,2025-09-01 09:00,Firewall training," + beta.taxId() + ",,PARTNER_TO_VENDOR,,\n"
				+ "C-1,PARTNER_CONFERENCE,2025-10-01 09:00,Partner Summit,,CEO,,no,yes\n");
	}

	private void upload(String path, String csv) {
		ApiClient.Response response = chief.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode engagement(Partner partner) {
		ApiClient.Response response = chief.get("/api/v1/partnerships/" + partner.partnershipId() + "/engagement?quarter=2026-Q1");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode indicator(JsonNode index, String key) {
		for (JsonNode indicator : index.get("indicators")) {
			if (indicator.get("key").asString().equals(key)) {
				return indicator;
			}
		}
		return null;
	}

	@Test
	void measuresTheVendorsEngagementAgainstTheNorms() {
		JsonNode acmeVei = engagement(acme).get("vei");
		// Every quarter in touch, four meetings, executives present, no product briefing, invited: (3+3+2+0+1)/10.
		assertThat(acmeVei.get("score").asDouble()).isCloseTo(90, within(1e-3));
		// No support case was escalated, so its two indicators (weights 2 and 1) are left out: 10 of 13 covered.
		assertThat(acmeVei.get("coverage").asDouble()).isCloseTo(10.0 / 13, within(1e-3));
		assertThat(acmeVei.get("rank").asInt()).isEqualTo(1);
		assertThat(indicator(acmeVei, "direct_meetings").get("raw").asDouble()).isEqualTo(4);
		assertThat(indicator(acmeVei, "product_briefings").get("contribution").asDouble()).isZero();
		assertThat(engagement(acme).get("communication").asString()).isEqualTo("REGULAR");

		JsonNode betaVei = engagement(beta).get("vei");
		// Only the conference invitation: 1/10. gamma the same, so they share rank 2.
		assertThat(betaVei.get("score").asDouble()).isCloseTo(10, within(1e-3));
		assertThat(betaVei.get("rank").asInt()).isEqualTo(2);
		assertThat(engagement(gamma).get("vei").get("rank").asInt()).isEqualTo(2);
		assertThat(engagement(beta).get("communication").asString()).isEqualTo("SPORADIC");
	}

	@Test
	void measuresThePartnersEngagementWithContributionsThatAddUp() {
		JsonNode pei = engagement(acme).get("pei");
		// revenue 1×3, deals 1×2, average deal 1×1, solution share 0×2, events ½×2, trainings ¼×2,
		// certifications ½×2, partner-initiated ¼×1: 8.75 of 15.
		assertThat(pei.get("score").asDouble()).isCloseTo(58.3333, within(1e-3));
		double sum = 0;
		for (JsonNode indicator : pei.get("indicators")) {
			sum += indicator.get("contribution").asDouble();
		}
		assertThat(sum).isCloseTo(pei.get("score").asDouble(), within(1e-3));
		assertThat(indicator(pei, "revenue").get("normalized").asDouble()).isEqualTo(1);
		assertThat(indicator(pei, "solution_service_share").get("raw").asDouble()).isCloseTo(0.75, within(1e-9));
		// gamma sold nothing: no average deal value and no solution share, so a thinner score.
		JsonNode gammaPei = engagement(gamma).get("pei");
		assertThat(indicator(gammaPei, "average_deal_value")).isNull();
		assertThat(gammaPei.get("coverage").asDouble()).isCloseTo(12.0 / 15, within(1e-3));
		assertThat(pei.get("rankLow").asInt()).isLessThanOrEqualTo(pei.get("rankHigh").asInt());
	}

	@Test
	void placesPartnershipsOnTheQuadrantAndMeasuresTheTierQuestion() {
		JsonNode quadrant = chief.get("/api/v1/vendors/" + programme.vendorId() + "/quadrant?quarter=2026-Q1").json();
		// Engagement beyond selling: acme 2.75/7, beta 5/7, gamma 2.75/7; revenue median 500.
		assertThat(quadrant.get("counts").get("TRANSACTIONAL").asLong()).isEqualTo(1);
		assertThat(quadrant.get("counts").get("RISING").asLong()).isEqualTo(1);
		assertThat(quadrant.get("counts").get("DORMANT").asLong()).isEqualTo(1);
		assertThat(quadrant.get("counts").get("CHAMPION").asLong()).isZero();
		assertThat(quadrant.get("revenueMedian").get("amount").asString()).isEqualTo("500.00");
		assertThat(quadrant.get("tierCorrelation").asDouble()).isCloseTo(0, within(1e-9));
		for (JsonNode point : quadrant.get("points")) {
			if (point.get("partnershipId").asString().equals(acme.partnershipId().toString())) {
				assertThat(point.get("quadrant").asString()).isEqualTo("TRANSACTIONAL");
				assertThat(point.get("revenue").get("amount").asString()).isEqualTo("4000.00");
			}
		}
	}

	@Test
	void measuresTheChannelWideEngagementWithItsCadence() {
		JsonNode channel = chief.get("/api/v1/vendors/" + programme.vendorId() + "/engagement?quarter=2026-Q1").json();
		// Conference held, free and with the press (2+1+1) of 10 weighed; no press inquiries (1) and no survey
		// (partners' NPS 2 and rating 2), so 10 of 15 covered.
		assertThat(channel.get("vei").get("score").asDouble()).isCloseTo(40, within(1e-3));
		assertThat(channel.get("vei").get("coverage").asDouble()).isCloseTo(10.0 / 15, within(1e-3));
		assertThat(channel.get("cadence").toString()).contains("\"norm\":\"CONFERENCE_PER_YEAR\"");
	}

	@Test
	void listsThePartnershipsByEitherIndex() {
		String list = "/api/v1/vendors/" + programme.vendorId() + "/engagement/partnerships?quarter=2026-Q1";
		JsonNode byVei = chief.get(list + "&sort=vei").json();
		assertThat(byVei.get("content").size()).isEqualTo(3);
		assertThat(byVei.get("page").get("totalElements").asInt()).isEqualTo(3);
		assertThat(byVei.get("content").get(0).get("partnershipId").asString()).isEqualTo(acme.partnershipId().toString());
		assertThat(chief.get(list + "&sort=golf").status()).isEqualTo(400);
	}

	@Test
	void keepsTwoYearsOfHistoryOldestFirst() {
		JsonNode history = chief.get("/api/v1/partnerships/" + acme.partnershipId() + "/engagement/history").json();
		assertThat(history.size()).isEqualTo(8);
		java.util.List<String> quarters = history.findValuesAsString("quarter");
		for (int i = 1; i < quarters.size(); i++) {
			assertThat(io.rapport.common.Quarter.parse(quarters.get(i)))
				.isEqualTo(io.rapport.common.Quarter.parse(quarters.get(i - 1)).next());
		}
		assertThat(quarters).contains("2026-Q1");
		JsonNode q1 = history.get(quarters.indexOf("2026-Q1"));
		assertThat(q1.get("pei").get("score").asDouble()).isEqualTo(engagement(acme).get("pei").get("score").asDouble());
		assertThat(q1.get("communication").asString()).isEqualTo("REGULAR");
	}

	@Test
	void pagesTheListAndNarrowsItToSporadicPartnerships() {
		String list = "/api/v1/vendors/" + programme.vendorId() + "/engagement/partnerships?quarter=2026-Q1&sort=vei&size=2";
		JsonNode first = chief.get(list).json();
		JsonNode second = chief.get(list + "&page=1").json();
		assertThat(first.get("content").size()).isEqualTo(2);
		assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
		assertThat(second.get("content").size()).isEqualTo(1);
		assertThat(second.get("content").get(0).get("partnershipId").asString()).isEqualTo(gamma.partnershipId().toString());
		// Only acme heard from the vendor every quarter; beta and gamma are reached sporadically.
		JsonNode sporadic = chief.get(list + "&communication=sporadic").json();
		assertThat(sporadic.get("page").get("totalElements").asInt()).isEqualTo(2);
		sporadic.get("content").forEach(row -> assertThat(row.get("communication").asString()).isEqualTo("SPORADIC"));
		ApiClient.Response tooBig = chief.get(list.replace("size=2", "size=5000"));
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.body()).contains("A page holds 1 to 500 rows");
		assertThat(chief.get(list + "&communication=golf").status()).isEqualTo(400);
		assertThat(chief.get(list + "&page=-1").status()).isEqualTo(400);
	}

	@Test
	void showsTheVendorsEngagementToItsPartnerAndToNobodyElse() {
		ApiClient partner = ApiClient.as(port, beta.adminEmail());
		assertThat(partner.get("/api/v1/partnerships/" + beta.partnershipId() + "/engagement?quarter=2026-Q1").status())
			.isEqualTo(200);
		assertThat(partner.get("/api/v1/partnerships/" + acme.partnershipId() + "/engagement?quarter=2026-Q1").status())
			.isEqualTo(404);
		JsonNode mine = partner.get("/api/v1/engagement/vendors").json();
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("vendorId").asString()).isEqualTo(programme.vendorId().toString());
	}

	@Test
	void reflectsANewTouchpointInTheCurrentQuarterWithinSeconds() {
		Programme own = programmes.vendor("Briefing Vendor");
		Partner delta = programmes.partner(own, "Silver", LocalDate.of(2024, 1, 1));
		ApiClient chief = ApiClient.as(port, own.chiefEmail());
		JsonNode before = chief.get("/api/v1/partnerships/" + delta.partnershipId() + "/engagement").json();
		String list = "/api/v1/vendors/" + own.vendorId() + "/engagement/partnerships";
		assertThat(indicator(chief.get(list).json().get("content").get(0).get("vei"), "product_briefings").get("raw").asDouble())
			.isZero();
		assertThat(indicator(before.get("vei"), "product_briefings").get("raw").asDouble()).isZero();
		ApiClient.Response recorded = chief.post("/api/v1/touchpoints", """
				{"type":"PRODUCT_BRIEFING","occurredAt":"%s","title":"New switch line","partnershipIds":["%s"]}"""
			.formatted(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), delta.partnershipId()));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(indicator(
				chief.get("/api/v1/partnerships/" + delta.partnershipId() + "/engagement").json().get("vei"), "product_briefings")
			.get("raw").asDouble()).isEqualTo(1));
		// The whole programme's list, read from a cache, shows it too.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(indicator(
				chief.get(list).json().get("content").get(0).get("vei"), "product_briefings").get("raw").asDouble()).isEqualTo(1));
	}
}
