package io.rapport.touchpoints;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
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

@RapportIntegrationTest
class TouchpointsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	private Programme programme;

	private Partner acme;

	private Partner beta;

	private ApiClient chief;

	@BeforeEach
	void aProgramme() {
		programme = programmes.vendor("Touch Vendor");
		acme = programmes.partner(programme, "Platinum", LocalDate.of(2025, 1, 1));
		beta = programmes.partner(programme, "Silver", LocalDate.of(2025, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
	}

	private ApiClient.Response record(String json) {
		return chief.post("/api/v1/touchpoints", json);
	}

	private ApiClient.Response upload(String csv) {
		return chief.upload("/api/v1/imports/touchpoints", "touchpoints.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void recordsAMeetingAndShowsItOnThePartnershipTimelineInTheVendorsTimeZone() {
		ApiClient.Response created = record("""
				{"type":"KEY_PARTNER_MEETING","occurredAt":"2026-03-10T08:00:00Z","title":"Roadmap review",
				 "partnershipIds":["%s"],"seniority":"EXECUTIVE"}""".formatted(acme.partnershipId()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("direction").asString()).isEqualTo("MUTUAL");
		assertThat(created.json().get("source").asString()).isEqualTo("API");

		JsonNode timeline = chief.get("/api/v1/partnerships/" + acme.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json();
		assertThat(timeline.size()).isEqualTo(1);
		assertThat(timeline.get(0).get("title").asString()).isEqualTo("Roadmap review");
		assertThat(timeline.get(0).get("occurredAt").asString()).isEqualTo("2026-03-10T09:00:00+01:00");
		assertThat(timeline.get(0).get("seniority").asString()).isEqualTo("EXECUTIVE");
		assertThat(chief.get("/api/v1/partnerships/" + beta.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json().size()).isZero();
		// The partner sees its own timeline with this vendor.
		assertThat(ApiClient.as(port, acme.adminEmail())
			.get("/api/v1/partnerships/" + acme.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31").json().size())
			.isEqualTo(1);
	}

	@Test
	void removesATouchpointRecordedByMistakeOnce() {
		Partner gamma = programmes.partner(programme, "Gold", LocalDate.of(2025, 1, 1));
		ApiClient.Response created = record("""
				{"type":"CAM_MEETING","occurredAt":"2026-04-02T08:00:00Z","title":"Wrong partner",
				 "partnershipIds":["%s"]}""".formatted(gamma.partnershipId()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String path = "/api/v1/touchpoints/" + created.json().get("id").asString();
		assertThat(chief.delete(path).status()).isEqualTo(204);
		assertThat(chief.get("/api/v1/partnerships/" + gamma.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json().size()).isZero();
		ApiClient.Response again = chief.delete(path);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.contentType()).startsWith("application/problem+json");
	}

	/** Issue 13: a touchpoint is corrected with the checks it was recorded with. */
	@Test
	void correctsATouchpointWithTheChecksOfRecordingIt() {
		ApiClient.Response created = record("""
				{"type":"CAM_MEETING","occurredAt":"2026-04-02T08:00:00Z","title":"QBR with Acme",
				 "partnershipIds":["%s"],"externalId":"crm-7"}""".formatted(acme.partnershipId()));
		String path = "/api/v1/touchpoints/" + created.json().get("id").asString();
		ApiClient.Response corrected = chief.send("PUT", path, """
				{"type":"KEY_PARTNER_MEETING","occurredAt":"2026-04-03T09:30:00+02:00","title":"QBR with Beta",
				 "partnershipIds":["%s"],"seniority":"CEO"}""".formatted(beta.partnershipId()));
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(corrected.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
		assertThat(corrected.json().get("title").asString()).isEqualTo("QBR with Beta");
		assertThat(corrected.json().get("kind").asString()).isEqualTo("KEY_PARTNER_MEETING");
		assertThat(corrected.json().get("source").asString()).isEqualTo("API");
		// The external id it came with stays when the correction names none.
		assertThat(corrected.json().get("externalId").asString()).isEqualTo("crm-7");
		assertThat(chief.get("/api/v1/partnerships/" + acme.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json().size()).isZero();
		JsonNode beta = chief.get("/api/v1/partnerships/" + this.beta.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json();
		assertThat(beta.size()).isEqualTo(1);
		assertThat(beta.get(0).get("occurredAt").asString()).isEqualTo("2026-04-03T09:30:00+02:00");

		ApiClient.Response paid = chief.send("PUT", path, """
				{"type":"CAM_MEETING","occurredAt":"2026-04-02T08:00:00Z","title":"QBR","paidForPartners":true}""");
		assertThat(paid.status()).isEqualTo(422);
		assertThat(paid.json().get("detail").asString()).contains("Only a partner conference is paid or free");
		ApiClient.Response future = chief.send("PUT", path, """
				{"type":"CAM_MEETING","occurredAt":"%s","title":"QBR"}""".formatted(OffsetDateTime.now().plusDays(3)));
		assertThat(future.status()).isEqualTo(422);
		ApiClient.Response blank = chief.send("PUT", path, """
				{"type":"CAM_MEETING","occurredAt":"2026-04-02T08:00:00Z","title":" "}""");
		assertThat(blank.status()).isEqualTo(422);

		Programme other = programmes.vendor("Other Correction Vendor");
		Partner stranger = programmes.partner(other, "Gold", LocalDate.of(2025, 1, 1));
		assertThat(chief.send("PUT", path, """
				{"type":"CAM_MEETING","occurredAt":"2026-04-02T08:00:00Z","title":"QBR","partnershipIds":["%s"]}"""
			.formatted(stranger.partnershipId())).status()).isEqualTo(404);
		// Another vendor's chief cannot reach it, and the partner cannot change it.
		String body = """
				{"type":"CAM_MEETING","occurredAt":"2026-04-02T08:00:00Z","title":"Hijacked"}""";
		assertThat(ApiClient.as(port, other.chiefEmail()).send("PUT", path, body).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, acme.adminEmail()).send("PUT", path, body).status()).isEqualTo(404);
		ApiClient.Response second = record("""
				{"type":"WEBINAR","occurredAt":"2026-04-05T08:00:00Z","title":"Webinar","externalId":"crm-8"}""");
		ApiClient.Response taken = chief.send("PUT", "/api/v1/touchpoints/" + second.json().get("id").asString(), """
				{"type":"WEBINAR","occurredAt":"2026-04-05T08:00:00Z","title":"Webinar","externalId":"crm-7"}""");
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.json().get("detail").asString()).contains("crm-7");
		assertThat(chief.get("/api/v1/partnerships/" + this.beta.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json().findValuesAsString("title")).containsExactly("Webinar", "QBR with Beta");
	}

	@Test
	void storesARepeatedExternalIdOnceAndAppliesChangedValues() {
		String json = """
				{"type":"WEBINAR","occurredAt":"2026-02-01T10:00:00+01:00","title":"New firewall line",
				 "partnershipIds":["%s"],"externalId":"crm-42"}""".formatted(acme.partnershipId());
		String first = record(json).json().get("id").asString();
		assertThat(record(json).json().get("id").asString()).isEqualTo(first);
		ApiClient.Response changed = record(json.replace("New firewall line", "New firewall line, part 2"));
		assertThat(changed.json().get("id").asString()).isEqualTo(first);
		assertThat(changed.json().get("title").asString()).isEqualTo("New firewall line, part 2");
		assertThat(chief.get("/api/v1/vendors/" + programme.vendorId() + "/touchpoints?from=2026-01-01&to=2026-12-31").json()
			.size()).isEqualTo(1);
	}

	@Test
	void refusesAttributesThatDoNotFitTheKindAndPartnershipsOfOtherProgrammes() {
		ApiClient.Response paidMeeting = record("""
				{"type":"CAM_MEETING","occurredAt":"2026-02-01T10:00:00+01:00","title":"QBR","paidForPartners":true,
				 "partnershipIds":["%s"]}""".formatted(acme.partnershipId()));
		assertThat(paidMeeting.status()).isEqualTo(422);
		assertThat(paidMeeting.json().get("detail").asString()).contains("Only a partner conference is paid or free");

		Programme other = programmes.vendor("Other Vendor");
		Partner stranger = programmes.partner(other, "Gold", LocalDate.of(2025, 1, 1));
		ApiClient.Response foreign = record("""
				{"type":"CAM_MEETING","occurredAt":"2026-02-01T10:00:00+01:00","title":"QBR","partnershipIds":["%s"]}"""
			.formatted(stranger.partnershipId()));
		assertThat(foreign.status()).isEqualTo(404);

		ApiClient.Response unknownType = record("""
				{"type":"GOLF","occurredAt":"2026-02-01T10:00:00+01:00","title":"Golf"}""");
		assertThat(unknownType.status()).isEqualTo(422);
		assertThat(unknownType.json().get("detail").asString()).contains("\"GOLF\" is neither a touchpoint kind");
	}

	@Test
	void countsAVendorsOwnTypeAsItsKind() {
		ApiClient.Response defined = chief.post("/api/v1/vendors/" + programme.vendorId() + "/touchpoint-types",
				"{\"code\":\"ROADSHOW\",\"name\":\"Roadshow po Polsce\",\"kind\":\"INDEPENDENT_EVENT\"}");
		assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
		JsonNode recorded = record("""
				{"type":"roadshow","occurredAt":"2026-02-01T10:00:00+01:00","title":"Roadshow Kraków"}""").json();
		assertThat(recorded.get("type").asString()).isEqualTo("ROADSHOW");
		assertThat(recorded.get("kind").asString()).isEqualTo("INDEPENDENT_EVENT");
		assertThat(recorded.get("channelWide").asBoolean()).isTrue();
	}

	@Test
	void importsAPolishCsvAndReimportingItChangesNothing() {
		String csv = "identyfikator;typ;data;temat;nip_partnera;ranga;kierunek\n"
				+ "T-1;Spotkanie z kluczowym partnerem;10.03.2026 10:30;Przegląd kwartału;" + acme.taxId() + "|" + beta.taxId()
				+ ";prezes;obustronny\n"
				+ "T-2;SZKOLENIE;2026-03-12;Szkolenie z nowej linii;" + beta.taxId() + ";;od partnera\n"
				+ "T-3;newsletter;2026-03-15 09:00;Newsletter marcowy;;;\n";
		ApiClient.Response first = upload(csv);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("accepted").asLong()).isEqualTo(3);
		ApiClient.Response again = upload(csv);
		assertThat(again.json().get("accepted").asLong()).isZero();
		assertThat(again.json().get("unchanged").asLong()).isEqualTo(3);
		JsonNode betaTimeline = chief
			.get("/api/v1/partnerships/" + beta.partnershipId() + "/touchpoints?from=2026-03-01&to=2026-03-31").json();
		// Its meeting, its training and the channel-wide newsletter.
		assertThat(betaTimeline.size()).isEqualTo(3);
		assertThat(betaTimeline.get(2).get("occurredAt").asString()).isEqualTo("2026-03-10T10:30:00+01:00");
		assertThat(betaTimeline.get(2).get("seniority").asString()).isEqualTo("CEO");
		assertThat(betaTimeline.get(1).get("direction").asString()).isEqualTo("PARTNER_TO_VENDOR");
	}

	@Test
	void correctsTouchpointsWhoseValuesOrPartnersChangedAndAddsTheNewOnes() {
		upload("external_id,type,occurred_at,title,partner_tax_id\n"
				+ "R-1,CAM_MEETING,2026-03-10 10:00,QBR," + acme.taxId() + "\n"
				+ "R-2,WEBINAR,2026-03-11 10:00,Webinar," + acme.taxId() + "\n");
		JsonNode mixed = upload("external_id,type,occurred_at,title,partner_tax_id\n"
				+ "R-1,CAM_MEETING,2026-03-10 10:00,QBR," + beta.taxId() + "\n"
				+ "R-2,WEBINAR,2026-03-11 10:00,Webinar," + acme.taxId() + "\n"
				+ "R-3,TRAINING,2026-03-12 10:00,Training," + acme.taxId() + "|" + beta.taxId() + "\n").json();
		assertThat(mixed.get("accepted").asLong()).isEqualTo(2);
		assertThat(mixed.get("corrected").asLong()).isEqualTo(1);
		assertThat(mixed.get("unchanged").asLong()).isEqualTo(1);
		JsonNode acmeTimeline = chief
			.get("/api/v1/partnerships/" + acme.partnershipId() + "/touchpoints?from=2026-03-01&to=2026-03-31").json();
		assertThat(acmeTimeline.toString()).contains("Webinar", "Training").doesNotContain("QBR");
		JsonNode betaTimeline = chief
			.get("/api/v1/partnerships/" + beta.partnershipId() + "/touchpoints?from=2026-03-01&to=2026-03-31").json();
		assertThat(betaTimeline.toString()).contains("QBR", "Training");
	}

	@Test
	void rejectsTheWholeFileNamingEveryBadRow() {
		String csv = "external_id,type,occurred_at,title,partner_tax_id,answered\n"
				+ "B-1,CAM_MEETING,2026-03-10 10:00,QBR," + acme.taxId() + ",\n"
				+ "B-2,GOLF,2026-03-11,Golf,,\n"
				+ "B-3,PRESS_INQUIRY,31.02.2026,Question,,maybe\n"
				+ "B-4,CAM_MEETING,2026-03-12,QBR,5261040828,\n";
		ApiClient.Response rejected = upload(csv);
		assertThat(rejected.status()).isEqualTo(422);
		JsonNode errors = rejected.json().get("errors");
		assertThat(errors.toString()).contains("\"line\":3", "\"column\":\"type\"", "\"line\":4", "\"column\":\"occurred_at\"",
				"\"column\":\"answered\"", "\"line\":5", "\"column\":\"partner_tax_id\"");
		assertThat(rejected.json().get("rejected").asLong()).isEqualTo(3);
		assertThat(chief.get("/api/v1/vendors/" + programme.vendorId() + "/touchpoints?from=2026-01-01&to=2026-12-31").json()
			.size()).isZero();
	}

	@Test
	void checksTheCadenceNormsOfAQuarter() {
		upload("external_id,type,occurred_at,title,partner_tax_id,seniority\n"
				+ "N-1,PRESS_BRIEFING,2026-01-20 10:00,Briefing,,CEO\n"
				+ "N-2,CHANNEL_MARKETING,2026-01-05,Newsletter,,\n"
				+ "N-3,CHANNEL_MARKETING,2026-02-05,Newsletter,,\n"
				+ "N-4,KEY_PARTNER_MEETING,2026-02-10,Meeting," + acme.taxId() + ",MANAGER\n"
				+ "N-5,PARTNER_CONFERENCE,2025-06-10,Partner Summit,,CEO\n");
		JsonNode checks = chief.get("/api/v1/vendors/" + programme.vendorId() + "/cadence?quarter=2026-Q1").json();
		assertThat(norm(checks, "CONFERENCE_PER_YEAR").get("met").asBoolean()).isTrue();
		assertThat(norm(checks, "PRESS_BRIEFING_PER_QUARTER").get("met").asBoolean()).isTrue();
		assertThat(norm(checks, "EXECUTIVE_PRESS_PER_QUARTER").get("actual").asLong()).isEqualTo(1);
		// January and February had a newsletter, March none.
		assertThat(norm(checks, "CHANNEL_MARKETING_PER_MONTH").get("actual").asLong()).isZero();
		assertThat(norm(checks, "CHANNEL_MARKETING_PER_MONTH").get("met").asBoolean()).isFalse();
		assertThat(norm(checks, "TOP_TIER_MEETING_PER_QUARTER").get("actual").asLong()).isEqualTo(1);
		assertThat(norm(checks, "TOP_TIER_MEETING_PER_QUARTER").get("of").asLong()).isEqualTo(1);
		assertThat(norm(checks, "TOP_TIER_MEETING_PER_QUARTER").get("met").asBoolean()).isTrue();
		assertThat(norm(checks, "VENDOR_CONTACT_PER_QUARTER").get("actual").asLong()).isEqualTo(1);
		assertThat(norm(checks, "VENDOR_CONTACT_PER_QUARTER").get("of").asLong()).isEqualTo(2);
		assertThat(norm(checks, "INDEPENDENT_EVENTS_PER_YEAR").get("met").asBoolean()).isFalse();

		ApiClient.Response changed = chief.send("PUT", "/api/v1/vendors/" + programme.vendorId() + "/cadence-norms",
				"{\"INDEPENDENT_EVENTS_PER_YEAR\":0}");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(norm(chief.get("/api/v1/vendors/" + programme.vendorId() + "/cadence?quarter=2026-Q1").json(),
				"INDEPENDENT_EVENTS_PER_YEAR").get("met").asBoolean()).isTrue();
		assertThat(chief.send("PUT", "/api/v1/vendors/" + programme.vendorId() + "/cadence-norms",
				"{\"INDEPENDENT_EVENTS_PER_YEAR\":-1}").status()).isEqualTo(422);
	}

	@Test
	void letsNeitherPartnersNorExecutivesRecordTouchpoints() {
		ApiClient.Response partner = ApiClient.as(port, acme.adminEmail()).post("/api/v1/touchpoints",
				"{\"type\":\"WEBINAR\",\"occurredAt\":\"2026-02-01T10:00:00+01:00\",\"title\":\"x\"}");
		assertThat(partner.status()).isEqualTo(403);
	}

	private static JsonNode norm(JsonNode checks, String norm) {
		for (JsonNode check : checks) {
			if (check.get("norm").asString().equals(norm)) {
				return check;
			}
		}
		throw new AssertionError("no " + norm + " in " + checks);
	}

}
