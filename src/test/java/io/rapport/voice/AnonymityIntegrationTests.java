package io.rapport.voice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import io.rapport.identity.UserDirectory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Anonymity, once more": an open wave tells a vendor or an analyst only whether the
 * minimum of organisations answered, never how many; comments show only to the vendor they are
 * about, only once five organisations wrote one, and never one marked not to be quoted; an answer
 * whose signature is withdrawn leaves no trace of its score in any stored alert.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	SurveyBulkLoad history;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	/** Each wave has a vendor of its own: a vendor's waves do not overlap. */
	private Programme vendorWith(int partners) {
		Programme programme = programmes.vendor("Anonymity Vendor");
		for (int i = 0; i < partners; i++) {
			programmes.partner(programme, "Silver", today.minusYears(3));
		}
		return programme;
	}

	private String wave(ApiClient runner, String title, UUID vendorId) {
		ApiClient.Response created = runner.post("/api/v1/surveys", """
				{"title":"%s","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(title, vendorId, today, today.plusDays(20)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private ApiClient.Response answer(String survey, Programme programme, int partner, int nps, String comment,
			boolean doNotQuote) {
		return ApiClient.as(port, programme.partners().get(partner).adminEmail()).post("/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":%d,"ratings":{"phone_support":%d},"comment":%s,"doNotQuote":%s}"""
			.formatted(programme.vendorId(), nps, nps, comment == null ? "null" : "\"" + comment + "\"", doNotQuote));
	}

	private JsonNode results(ApiClient reader, String survey, String query) {
		ApiClient.Response response = reader.get("/api/v1/surveys/" + survey + "/results" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static void assertNoCount(JsonNode results) {
		assertThat(results.path("respondents").isNull() || results.path("respondents").isMissingNode())
			.as("no running count in %s", results).isTrue();
		assertThat(results.get("nps").get("n").isNull()).isTrue();
	}

	@Test
	void tellsAnOpenWavesVendorAndAnalystOnlyWhetherTheMinimumIsReached() {
		Programme programme = vendorWith(5);
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String survey = wave(chief, "Open count wave", programme.vendorId());
		for (int i = 0; i < 4; i++) {
			assertThat(answer(survey, programme, i, 8, null, false).status()).isEqualTo(201);
		}
		JsonNode four = results(chief, survey, "");
		assertThat(four.get("minimumReached").asBoolean()).isFalse();
		assertNoCount(four);
		assertThat(answer(survey, programme, 4, 8, null, false).status()).isEqualTo(201);
		JsonNode five = results(chief, survey, "");
		assertThat(five.get("minimumReached").asBoolean()).isTrue();
		assertNoCount(five);
		// Nothing else the vendor reads about the wave counts answers either.
		assertThat(chief.get("/api/v1/surveys").body()).doesNotContain("respondents");
		assertThat(chief.get("/api/v1/surveys/" + survey).body()).doesNotContain("respondents");
		ApiClient.Response reminded = chief.post("/api/v1/surveys/" + survey + "/reminders", "");
		assertThat(reminded.body()).doesNotContain("\"reminded\"");

		// The hub's wave: its results and standings do not count an open wave's answers.
		ApiClient analyst = ApiClient.as(port, "analyst@hub.example");
		Programme rated = vendorWith(5);
		String hub = wave(analyst, "Open hub wave", rated.vendorId());
		for (int i = 0; i < 5; i++) {
			assertThat(answer(hub, rated, i, 7, null, false).status()).isEqualTo(201);
		}
		JsonNode all = results(analyst, hub, "");
		assertThat(all.get("minimumReached").asBoolean()).isTrue();
		assertNoCount(all);
		assertNoCount(results(analyst, hub, "?vendorId=" + rated.vendorId()));
		JsonNode standings = analyst.get("/api/v1/surveys/" + hub + "/standings").json();
		assertThat(standings.get(0).get("respondents").isNull()).as(standings.toString()).isTrue();

		// Once closed, the count shows.
		chief.post("/api/v1/surveys/" + survey + "/close", "");
		assertThat(results(chief, survey, "").get("respondents").asInt()).isEqualTo(5);
	}

	@Test
	void showsCommentsOnlyOverFiveWritersOnlyToTheirVendorAndNeverOneNotToBeQuoted() {
		// Six answers, four with a comment: too few writers, whatever the answers.
		Programme fewWriters = vendorWith(6);
		ApiClient fewChief = ApiClient.as(port, fewWriters.chiefEmail());
		String few = wave(fewChief, "Four comments wave", fewWriters.vendorId());
		for (int i = 0; i < 6; i++) {
			assertThat(answer(few, fewWriters, i, 9, i < 4 ? "Few-comment " + i : null, false).status()).isEqualTo(201);
		}
		fewChief.post("/api/v1/surveys/" + few + "/close", "");
		JsonNode hidden = results(fewChief, few, "");
		assertThat(hidden.get("nps").get("suppressed").asBoolean()).isFalse();
		assertThat(hidden.get("comments").size()).isZero();

		// Five writers, one of whom asked not to be quoted: four show, to the vendor only.
		Programme programme = vendorWith(6);
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String enough = wave(chief, "Five comments wave", programme.vendorId());
		for (int i = 0; i < 5; i++) {
			assertThat(answer(enough, programme, i, 9, "Five-comment " + i, i == 0).status()).isEqualTo(201);
		}
		JsonNode own = ApiClient.as(port, programme.partners().get(0).adminEmail())
			.get("/api/v1/surveys/" + enough + "/responses/mine").json();
		assertThat(own.get(0).get("doNotQuote").asBoolean()).isTrue();
		chief.post("/api/v1/surveys/" + enough + "/close", "");
		JsonNode shown = results(chief, enough, "");
		assertThat(shown.get("comments").toString()).contains("Five-comment 1", "Five-comment 4")
			.doesNotContain("Five-comment 0");
		assertThat(shown.get("comments").size()).isEqualTo(4);

		// Another partner of the vendor reads the results and its report card without anyone's comment.
		ApiClient partner = ApiClient.as(port, programme.partners().get(5).adminEmail());
		JsonNode theirs = results(partner, enough, "?vendorId=" + programme.vendorId());
		assertThat(theirs.get("nps").get("suppressed").asBoolean()).isFalse();
		assertThat(theirs.get("comments").size()).isZero();
		ApiClient.Response card = partner.get("/api/v1/report-cards/mine");
		assertThat(card.status()).as(card.toString()).isEqualTo(200);
		assertThat(card.body()).contains(programme.vendorId().toString()).doesNotContain("Five-comment");
	}

	@Test
	void leavesNoTraceOfAWithdrawnSignedAnswerInAnyStoredAlert() {
		Programme programme = vendorWith(1);
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		Partner partner = programme.partners().get(0);
		// Trainings every six weeks until thirty weeks ago, then none, and no CAM visit: two signs beside the survey's.
		StringBuilder touchpoints = new StringBuilder("external_id,type,occurred_at,title,partner_tax_id\n");
		for (int weeks = 76; weeks >= 30; weeks -= 6) {
			touchpoints.append("AN-T-%d,TRAINING,%s 10:00,Szkolenie,%s\n".formatted(weeks, today.minusWeeks(weeks), partner.taxId()));
		}
		ApiClient.Response imported = chief.upload("/api/v1/imports/touchpoints", "touchpoints.csv",
				touchpoints.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		UUID partnerUser = users.findByEmail(partner.adminEmail()).orElseThrow().id();
		LocalDate opened = today.minusMonths(6);
		history.load(new SurveyBulkLoad.PastWave("Signed past wave", List.of(programme.vendorId()), programme.vendorId(),
				programme.chief().userId(), opened, opened.plusDays(20),
				List.of(new SurveyBulkLoad.PastAnswer(programme.vendorId(), partner.partnerId(), partnerUser,
						opened.plusDays(2).atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant(), 9, Map.of(), Map.of(), null, true)),
				Map.of(), programme.chief().userId()));
		String survey = wave(chief, "Withdrawn signature wave", programme.vendorId());
		ApiClient partnerApi = ApiClient.as(port, partner.adminEmail());
		ApiClient.Response signed = partnerApi.post("/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":1,"signed":true}""".formatted(programme.vendorId()));
		assertThat(signed.status()).as(signed.toString()).isEqualTo(201);

		// The fall from 9 to 1 is read into an alert; resolved, then raised again on a new sign (the partner's
		// certificate running out, issue 13): two stored alerts carry it.
		String evaluate = "/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate";
		assertThat(chief.post(evaluate, "").status()).isEqualTo(200);
		String first = alertAbout(chief, programme, partner).get("id").asString();
		assertThat(alertAbout(chief, programme, partner).get("signals").findValuesAsString("kind")).contains("SURVEY_FALLING");
		assertThat(chief.post("/api/v1/alerts/" + first + "/resolve", "{\"note\":\"Rozmowa odbyta\"}").status()).isEqualTo(200);
		assertThat(chief.upload("/api/v1/imports/touchpoints", "cert.csv", ("external_id,type,occurred_at,title,partner_tax_id\n"
				+ "AN-C,CERTIFICATION," + today.minusWeeks(100) + " 12:00,Certyfikat," + partner.taxId() + "\n")
			.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
		assertThat(chief.post(evaluate, "").status()).isEqualTo(200);
		assertThat(storedSignals(programme, partner)).hasSize(2).allMatch(s -> s.contains("Withdrawn signature wave") && s.contains("\"1\""));

		// The partner takes its name off the answer.
		ApiClient.Response unsigned = partnerApi.send("PUT", "/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":1,"signed":false}""".formatted(programme.vendorId()));
		assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(200);
		assertThat(unsigned.json().get("signed").asBoolean()).isFalse();
		assertThat(storedSignals(programme, partner)).hasSize(2)
			.allMatch(s -> !s.contains("SURVEY_FALLING") && !s.contains("Withdrawn signature wave"));
		assertThat(alertsBody(chief, programme, partner)).doesNotContain("SURVEY_FALLING").doesNotContain("Withdrawn signature wave");
		// The resolution held on the survey sign forgets it too.
		assertThat(jdbc.sql("select held_signs::text from risk_alert where id = ?").param(UUID.fromString(first))
			.query(String.class).single()).doesNotContain("SURVEY_FALLING").contains("EVENTS_STOPPED");

		// The next evaluation does not bring it back.
		assertThat(chief.post(evaluate, "").status()).isEqualTo(200);
		assertThat(storedSignals(programme, partner)).allMatch(s -> !s.contains("SURVEY_FALLING") && !s.contains("Withdrawn signature wave"));
		assertThat(alertsBody(chief, programme, partner)).doesNotContain("Withdrawn signature wave");
	}

	private static JsonNode alertAbout(ApiClient chief, Programme programme, Partner partner) {
		JsonNode alerts = chief.get("/api/v1/vendors/" + programme.vendorId() + "/alerts?status=OPEN&partnershipId="
				+ partner.partnershipId()).json();
		assertThat(alerts.size()).as(alerts.toString()).isEqualTo(1);
		return alerts.get(0);
	}

	private static String alertsBody(ApiClient chief, Programme programme, Partner partner) {
		return chief.get("/api/v1/vendors/" + programme.vendorId() + "/alerts?partnershipId=" + partner.partnershipId()).body();
	}

	/** Every stored alert's signs about the partnership, as the database holds them. */
	private List<String> storedSignals(Programme programme, Partner partner) {
		return jdbc.sql("select signals::text from risk_alert where vendor_id = ? and partnership_id = ?")
			.params(programme.vendorId(), partner.partnershipId()).query(String.class).list();
	}
}
