package io.rapport.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
 * Support cases of one vendor, computed by hand. In March 2026 (default targets: NORMAL 8 h to a
 * first response and 72 h to a resolution, CRITICAL 1 h and 8 h), partner A escalated
 * S-1 (phone, answered in 30 min and solved on that first call), S-2 (phone, 60 min, solved after
 * 480) and S-3 (e-mail, 600 min — late, solved after 2,880); partner B S-4 (portal, critical,
 * 45 min, solved after 600 — late) and S-5 (chat, 20 min, still open).
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportIntegrationTests {

	static final String MARCH = """
			external_id,partner_tax_id,channel,severity,subject,opened_at,first_response_at,resolved_at,resolved_on_first_call
			S-1,%1$s,PHONE,NORMAL,Switch down,2026-03-02 09:00,2026-03-02 09:30,2026-03-02 09:30,yes
			S-2,%1$s,telefon,normalny,Licence,2026-03-03 09:00,2026-03-03 10:00,2026-03-03 17:00,nie
			S-3,%1$s,EMAIL,NORMAL,Firmware,2026-03-04 09:00,2026-03-04 19:00,2026-03-06 09:00,
			S-4,%2$s,PORTAL,CRITICAL,Outage,2026-03-05 09:00,2026-03-05 09:45,2026-03-05 19:00,
			S-5,%2$s,CHAT,NORMAL,Question,2026-03-06 09:00,2026-03-06 09:20,,
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	private Programme programme;

	private Partner a;

	private Partner b;

	private ApiClient chief;

	@BeforeAll
	void aVendorWithTwoPartners() {
		programme = programmes.vendor("Support Vendor");
		a = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		b = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
		ApiClient.Response imported = upload(MARCH.formatted(a.taxId(), b.taxId()));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asLong()).isEqualTo(5);
	}

	private ApiClient.Response upload(String csv) {
		return chief.upload("/api/v1/imports/support-cases", "cases.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void measuresMediansPercentilesAndTargetsOnKnownCases() {
		JsonNode metrics = chief.get("/api/v1/vendors/" + programme.vendorId() + "/support-metrics?from=2026-03-01&to=2026-03-31")
			.json();
		JsonNode total = metrics.get("total");
		assertThat(total.get("cases").asLong()).isEqualTo(5);
		// First responses 20, 30, 45, 60, 600: median 45; p90 at 3.6 of 4 = 60 + 0.6 × 540.
		assertThat(total.get("firstResponseMedianMinutes").asDouble()).isEqualTo(45);
		assertThat(total.get("firstResponseP90Minutes").asDouble()).isEqualTo(384);
		// Resolutions 30, 480, 600, 2,880 (S-5 is open): median 540; p90 at 2.7 of 3 = 600 + 0.7 × 2,280.
		assertThat(total.get("resolutionMedianMinutes").asDouble()).isEqualTo(540);
		assertThat(total.get("resolutionP90Minutes").asDouble()).isEqualTo(2196);
		// Four of five answered in time (S-3 took 10 h of 8); three of five solved in time (S-4 late, S-5 overdue).
		assertThat(total.get("firstResponseWithinTarget").asDouble()).isEqualTo(0.8);
		assertThat(total.get("resolutionWithinTarget").asDouble()).isEqualTo(0.6);
		assertThat(total.get("phoneCases").asLong()).isEqualTo(2);
		assertThat(total.get("phoneFirstCallResolution").asDouble()).isEqualTo(0.5);
		assertThat(total.get("openBacklog").asLong()).isEqualTo(1);
		JsonNode first = metrics.get("partnerships").get(0).get("partnershipId").asString().equals(a.partnershipId().toString())
				? metrics.get("partnerships").get(0) : metrics.get("partnerships").get(1);
		assertThat(first.get("cases").asLong()).isEqualTo(3);
		assertThat(first.get("firstResponseMedianMinutes").asDouble()).isEqualTo(60);
		assertThat(first.get("openBacklog").asLong()).isZero();
		// Bad periods say what is wrong.
		assertThat(chief.get("/api/v1/vendors/" + programme.vendorId() + "/support-metrics?from=2026-04-01&to=2026-03-01")
			.body()).contains("after it ends");
	}

	@Test
	void entersTheVendorsEngagementTowardEachPartner() {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			JsonNode vei = chief.get("/api/v1/partnerships/" + a.partnershipId() + "/engagement?quarter=2026-Q1").json().get("vei");
			assertThat(indicator(vei, "support_response_in_time").get("raw").asDouble()).isCloseTo(2 / 3d, within(1e-4));
			assertThat(indicator(vei, "support_first_call").get("raw").asDouble()).isEqualTo(0.5);
		});
	}

	@Test
	void importsIdempotentlyUpdatesAnsweredTicketsAndRejectsBadRowsByLine() {
		ApiClient.Response again = upload(MARCH.formatted(a.taxId(), b.taxId()));
		assertThat(again.json().get("unchanged").asLong()).isEqualTo(5);
		assertThat(again.json().get("accepted").asLong()).isZero();
		ApiClient.Response bad = upload("""
				external_id,partner_tax_id,channel,severity,subject,opened_at,first_response_at
				X-1,%s,PHONE,NORMAL,Fine,2026-03-02 09:00,
				X-2,%s,fax,NORMAL,Fax,2026-03-02 09:00,
				X-3,%s,PHONE,NORMAL,Backwards,2026-03-02 09:00,2026-03-01 09:00
				""".formatted(a.taxId(), a.taxId(), a.taxId()));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(bad.json().get("errors").get(0).get("column").asString()).isEqualTo("channel");
		assertThat(bad.body()).contains("\\\"fax\\\" is not a channel").contains("comes before the case was opened");
		// Nothing of the rejected file was kept.
		assertThat(chief.get("/api/v1/support-cases?limit=1000").body()).doesNotContain("X-1");
	}

	@Test
	void aPartnerOpensTheVendorAnswersAndResolvesInOrder() {
		Partner c = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		ApiClient partner = ApiClient.as(port, c.adminEmail());
		OffsetDateTime opened = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3);
		ApiClient.Response created = partner.post("/api/v1/support-cases", """
				{"partnershipId":"%s","channel":"PHONE","severity":"HIGH","subject":"Customer's router","openedAt":"%s"}"""
			.formatted(c.partnershipId(), opened));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String events = "/api/v1/support-cases/" + id + "/events";
		// The partner does not answer its own case; the vendor cannot answer before it was opened.
		assertThat(partner.post(events, "{\"type\":\"FIRST_RESPONSE\",\"at\":\"%s\"}".formatted(opened.plusMinutes(5))).status())
			.isEqualTo(403);
		ApiClient.Response early = chief.post(events, "{\"type\":\"FIRST_RESPONSE\",\"at\":\"%s\"}".formatted(opened.minusMinutes(5)));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.body()).contains("comes before the case was opened");
		assertThat(chief.post(events, "{\"type\":\"FIRST_RESPONSE\",\"at\":\"%s\"}".formatted(opened.plusDays(2))).body())
			.contains("lies in the future");
		assertThat(chief.post(events, "{\"type\":\"FIRST_RESPONSE\",\"at\":\"%s\"}".formatted(opened.plusMinutes(30))).status())
			.isEqualTo(200);
		assertThat(chief.post(events, "{\"type\":\"RESOLVED\",\"at\":\"%s\"}".formatted(opened.plusMinutes(10))).body())
			.contains("comes before the first response");
		JsonNode resolved = chief.post(events, "{\"type\":\"RESOLVED\",\"at\":\"%s\",\"firstCall\":false}"
			.formatted(opened.plusMinutes(90))).json();
		assertThat(resolved.get("firstResponseMinutes").asLong()).isEqualTo(30);
		assertThat(resolved.get("resolutionMinutes").asLong()).isEqualTo(90);
		assertThat(resolved.get("resolvedOnFirstCall").asBoolean()).isFalse();
		assertThat(chief.post(events, "{\"type\":\"RESOLVED\",\"at\":\"%s\"}".formatted(opened.plusMinutes(95))).body())
			.contains("resolved already");
		// The partner sees its own cases; another partner and another vendor see none of them.
		assertThat(partner.get("/api/v1/support-cases").json().findValuesAsString("id")).containsExactly(id);
		assertThat(ApiClient.as(port, a.adminEmail()).get("/api/v1/support-cases/" + id).status()).isEqualTo(404);
		Programme other = programmes.vendor("Other Support Vendor");
		assertThat(ApiClient.as(port, other.chiefEmail()).get("/api/v1/support-cases/" + id).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, other.chiefEmail()).post(events,
				"{\"type\":\"RESOLVED\",\"at\":\"%s\"}".formatted(opened.plusMinutes(95))).status()).isEqualTo(404);
	}

	@Test
	void theChiefsOwnTargetsDecideWhatCountsAsInTime() {
		Programme own = programmes.vendor("Targets Vendor");
		Partner partner = programmes.partner(own, "Gold", LocalDate.of(2024, 1, 1));
		ApiClient ownChief = ApiClient.as(port, own.chiefEmail());
		ownChief.upload("/api/v1/imports/support-cases", "c.csv", """
				external_id,partner_tax_id,channel,severity,subject,opened_at,first_response_at
				T-1,%s,EMAIL,NORMAL,Late by the default,2026-03-04 09:00,2026-03-04 19:00
				""".formatted(partner.taxId()).getBytes(StandardCharsets.UTF_8));
		String metrics = "/api/v1/vendors/" + own.vendorId() + "/support-metrics?from=2026-03-01&to=2026-03-31";
		assertThat(ownChief.get(metrics).json().get("total").get("firstResponseWithinTarget").asDouble()).isZero();
		ApiClient.Response saved = ownChief.send("PUT", "/api/v1/vendors/" + own.vendorId() + "/support-targets",
				"[{\"severity\":\"NORMAL\",\"firstResponseMinutes\":600,\"resolutionMinutes\":4320}]");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(ownChief.get(metrics).json().get("total").get("firstResponseWithinTarget").asDouble()).isEqualTo(1);
		assertThat(ownChief.send("PUT", "/api/v1/vendors/" + own.vendorId() + "/support-targets",
				"[{\"severity\":\"LOW\",\"firstResponseMinutes\":600,\"resolutionMinutes\":60}]").body())
			.contains("cannot be shorter than its first-response target");
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
