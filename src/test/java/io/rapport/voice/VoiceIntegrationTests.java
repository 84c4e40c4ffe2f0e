package io.rapport.voice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestMailServer;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Survey waves of one vendor with six partners, answered as the hand-computed cases below:
 * wave A by four partners (too few to show anything), wave B by five, wave C by five again.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoiceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	private Programme programme;

	private ApiClient chief;

	private List<Partner> partners;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	@BeforeAll
	void aVendorWithSixPartners() {
		programme = programmes.vendor("Voice Vendor");
		for (int i = 0; i < 6; i++) {
			programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		}
		partners = programme.partners();
		chief = ApiClient.as(port, programme.chiefEmail());
	}

	private String wave(String title, LocalDate closesOn) {
		ApiClient.Response created = chief.post("/api/v1/surveys", """
				{"title":"%s","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(title, programme.vendorId(), today, closesOn));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private ApiClient.Response answer(String survey, Partner partner, int nps, String ratings, String importance) {
		return ApiClient.as(port, partner.adminEmail()).post("/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":%d,"ratings":{%s},"importance":{%s},"comment":"Comment of %s"}"""
			.formatted(programme.vendorId(), nps, ratings, importance, partner.name()));
	}

	private JsonNode results(String survey) {
		ApiClient.Response response = chief.get("/api/v1/surveys/" + survey + "/results");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode criterion(JsonNode results, String key) {
		for (JsonNode criterion : results.get("criteria")) {
			if (criterion.get("key").asString().equals(key)) {
				return criterion;
			}
		}
		throw new AssertionError("No criterion " + key);
	}

	@Test
	void showsNothingAboutFourPartnersAndInvitesAndRemindsByMail() {
		String survey = wave("Wave A", today.plusDays(30));
		JsonNode created = chief.get("/api/v1/surveys/" + survey).json();
		assertThat(created.get("criteria").size()).isEqualTo(11);
		assertThat(created.get("status").asString()).isEqualTo("OPEN");
		// Every partner's people are invited by e-mail, with a link to answer.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> partners.forEach(p -> assertThat(
				subjects(p.adminEmail())).anyMatch(s -> s.contains("Wave A") && !s.startsWith("Reminder"))));
		for (int i = 0; i < 4; i++) {
			ApiClient.Response answered = answer(survey, partners.get(i), 9, "\"communication_regularity\":8", "");
			assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		}
		// One answer per organisation; a correction replaces it.
		ApiClient.Response again = answer(survey, partners.get(0), 3, "", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("already answered");
		ApiClient first = ApiClient.as(port, partners.get(0).adminEmail());
		assertThat(first.get("/api/v1/surveys/" + survey + "/responses/mine").json().get(0).get("signed").asBoolean())
			.as("anonymous unless signed").isFalse();
		ApiClient.Response corrected = first.send("PUT", "/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":4,"ratings":{"communication_regularity":2},"signed":true}""".formatted(programme.vendorId()));
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		JsonNode mine = first.get("/api/v1/surveys/" + survey + "/responses/mine").json();
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("nps").asInt()).isEqualTo(4);
		assertThat(mine.get(0).get("ratings").get("communication_regularity").asInt()).isEqualTo(2);
		assertThat(mine.get(0).get("signed").asBoolean()).as("the partner put its name to the correction").isTrue();
		// The one reminder goes to the two partners that have not answered.
		ApiClient.Response reminded = chief.post("/api/v1/surveys/" + survey + "/reminders", "");
		assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
		// Issue 12: it does not say how many were reminded, as that tells how many answered.
		assertThat(reminded.json().get("reminderSent").asBoolean()).isTrue();
		assertThat(reminded.json().has("reminded")).isFalse();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(subjects(partners.get(5).adminEmail())).anyMatch(s -> s.startsWith("Reminder") && s.contains("Wave A"));
			assertThat(subjects(partners.get(4).adminEmail())).anyMatch(s -> s.startsWith("Reminder") && s.contains("Wave A"));
		});
		assertThat(subjects(partners.get(0).adminEmail())).noneMatch(s -> s.startsWith("Reminder"));
		assertThat(chief.post("/api/v1/surveys/" + survey + "/reminders", "").status()).isEqualTo(422);
		assertThat(chief.post("/api/v1/surveys/" + survey + "/close", "").status()).isEqualTo(200);
		JsonNode results = results(survey);
		assertThat(results.get("respondents").asInt()).isEqualTo(4);
		assertThat(results.get("nps").get("suppressed").asBoolean()).isTrue();
		assertThat(results.get("nps").get("score").isNull()).isTrue();
		assertThat(criterion(results, "communication_regularity").get("suppressed").asBoolean()).isTrue();
		assertThat(criterion(results, "communication_regularity").get("mean").isNull()).isTrue();
		assertThat(results.get("weightedScore").isNull()).isTrue();
		assertThat(results.get("comments").size()).isZero();
		// Closed: answers no longer change.
		assertThat(first.send("PUT", "/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":9}""".formatted(programme.vendorId())).status()).isEqualTo(422);
	}

	@Test
	void showsFivePartnersResultsWithIntervalsTheWeightedScoreAndTheChangeSinceTheWaveBefore() {
		String b = wave("Wave B", today.plusDays(1));
		int[] nps = { 10, 9, 8, 6, 10 };
		int[] communication = { 8, 7, 6, 9, 5 };
		int[] phone = { 4, 5, 3, 6, 2 };
		for (int i = 0; i < 5; i++) {
			String ratings = "\"communication_regularity\":%d,\"phone_support\":%d".formatted(communication[i], phone[i])
					+ (i < 4 ? ",\"executive_access\":7" : "");
			assertThat(answer(b, partners.get(i), nps[i], ratings, "\"communication_regularity\":4,\"phone_support\":2").status())
				.isEqualTo(201);
		}
		// While the wave is open nothing shows: one more answer between two looks would give it away.
		assertThat(results(b).get("nps").get("suppressed").asBoolean()).isTrue();
		chief.post("/api/v1/surveys/" + b + "/close", "");
		JsonNode results = results(b);
		assertThat(results.get("respondents").asInt()).isEqualTo(5);
		// 3 promoters, 1 detractor of 5: NPS 40, se = 100·√((0.8 − 0.16)/5) = 35.78.
		assertThat(results.get("nps").get("score").asDouble()).isEqualTo(40);
		assertThat(results.get("nps").get("n").asInt()).isEqualTo(5);
		assertThat(results.get("nps").get("ciLow").asDouble()).isCloseTo(40 - 1.96 * 35.777, within(0.02));
		assertThat(results.get("nps").get("ciHigh").asDouble()).isEqualTo(100);
		JsonNode regularity = criterion(results, "communication_regularity");
		assertThat(regularity.get("mean").asDouble()).isEqualTo(7);
		assertThat(regularity.get("ciLow").asDouble()).isCloseTo(7 - 2.776445 * 0.707107, within(0.01));
		assertThat(regularity.get("importance").asDouble()).isEqualTo(4);
		assertThat(criterion(results, "phone_support").get("mean").asDouble()).isEqualTo(4);
		// Only four rated access to executives: that criterion stays hidden.
		assertThat(criterion(results, "executive_access").get("suppressed").asBoolean()).isTrue();
		assertThat(criterion(results, "executive_access").get("n").isNull()).isTrue();
		// Importance 4 and 2 weigh 4/3 and 2/3: (4/3·7 + 2/3·4) / 2 = 6.
		assertThat(results.get("weightedScore").asDouble()).isEqualTo(6);
		assertThat(results.get("comments").size()).isEqualTo(5);
		assertThat(results.get("comments").toString()).doesNotContain(partners.get(0).partnerId().toString());

		// The team believes it is in touch far more than partners say, and knows phone support is weak.
		ApiClient.Response assessed = chief.send("PUT", "/api/v1/vendors/" + programme.vendorId() + "/self-assessment", """
				{"surveyId":"%s","ratings":{"communication_regularity":9.5,"phone_support":5,"executive_access":8}}""".formatted(b));
		assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
		JsonNode gap = chief.get("/api/v1/vendors/" + programme.vendorId() + "/perception-gap?surveyId=" + b).json();
		assertThat(gap.size()).isEqualTo(3);
		assertThat(gap.get(0).get("key").asString()).isEqualTo("communication_regularity");
		assertThat(gap.get(0).get("gap").asDouble()).isEqualTo(2.5);
		assertThat(gap.get(0).get("significant").asBoolean()).isTrue();
		assertThat(gap.get(1).get("key").asString()).isEqualTo("phone_support");
		assertThat(gap.get(1).get("significant").asBoolean()).isFalse();
		assertThat(gap.get(2).get("partners").isNull()).isTrue();

		String c = wave("Wave C", today.plusDays(2));
		for (int i = 0; i < 5; i++) {
			answer(c, partners.get(i), 10, "\"communication_regularity\":9", "");
		}
		chief.post("/api/v1/surveys/" + c + "/close", "");
		JsonNode later = results(c);
		assertThat(later.get("previous").get("surveyId").asString()).isEqualTo(b);
		// NPS 40 → 100: +60, but five answers before leave too wide an interval to call it.
		assertThat(later.get("previous").get("npsChange").asDouble()).isEqualTo(60);
		assertThat(later.get("previous").get("npsSignificant").asBoolean()).isFalse();
		assertThat(criterion(later, "communication_regularity").get("change").asDouble()).isEqualTo(2);
		assertThat(criterion(later, "communication_regularity").get("significant").asBoolean()).isTrue();
	}

	@Test
	void keepsWavesAndAnswersWithinTheirOwners() {
		String survey = wave("Wave D", today.plusDays(10));
		Programme other = programmes.vendor("Other Voice Vendor");
		Partner outsider = programmes.partner(other, "Gold", LocalDate.of(2024, 1, 1));
		ApiClient otherChief = ApiClient.as(port, other.chiefEmail());
		assertThat(otherChief.get("/api/v1/surveys/" + survey).status()).isEqualTo(404);
		assertThat(otherChief.get("/api/v1/surveys/" + survey + "/results?vendorId=" + programme.vendorId()).status())
			.isEqualTo(404);
		assertThat(otherChief.get("/api/v1/vendors/" + programme.vendorId() + "/perception-gap?surveyId=" + survey).status())
			.isEqualTo(404);
		// A chief surveys its own programme only; a partner runs no surveys.
		assertThat(otherChief.post("/api/v1/surveys", """
				{"title":"Theirs","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today, today.plusDays(5))).status()).isEqualTo(404);
		ApiClient partner = ApiClient.as(port, partners.get(0).adminEmail());
		assertThat(partner.post("/api/v1/surveys", """
				{"title":"Mine","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today, today.plusDays(5))).status()).isEqualTo(403);
		// Someone else's partner cannot answer about this vendor, nor see the wave.
		ApiClient stranger = ApiClient.as(port, outsider.adminEmail());
		assertThat(stranger.get("/api/v1/surveys/" + survey).status()).isEqualTo(404);
		assertThat(answer(survey, outsider, 10, "", "").status()).isEqualTo(404);
		assertThat(chief.get("/api/v1/surveys/" + survey + "/responses/mine").json().size()).isZero();
		// Bad input says what is wrong.
		ApiClient.Response unknown = answer(survey, partners.get(1), 5, "\"golf\":3", "");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body()).contains("There is no criterion golf");
		assertThat(answer(survey, partners.get(1), 11, "", "").status()).isEqualTo(422);
		assertThat(answer(survey, partners.get(1), 5, "\"phone_support\":4", "\"phone_support\":9").body())
			.contains("importance of phone_support must be a whole number from 1 to 5");
		assertThat(chief.post("/api/v1/surveys", """
				{"title":"Backwards","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today.plusDays(5), today)).body()).contains("before it opens");
		// The analyst's hub runs its own waves across vendors; a vendor's own wave is not its business.
		ApiClient analyst = ApiClient.as(port, "analyst@hub.example");
		assertThat(analyst.get("/api/v1/surveys/" + survey).status()).isEqualTo(404);
		ApiClient.Response hub = analyst.post("/api/v1/surveys", """
				{"title":"Channel report card","vendorIds":["%s","%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), other.vendorId(), today, today.plusDays(20)));
		assertThat(hub.status()).as(hub.toString()).isEqualTo(201);
		assertThat(partner.get("/api/v1/surveys").json().findValuesAsString("id")).contains(hub.json().get("id").asString());
		assertThat(analyst.get("/api/v1/surveys/" + hub.json().get("id").asString() + "/results").status()).isEqualTo(200);
		// The chief's waves about one vendor do not overlap (issue 12): the others of this class need D closed.
		assertThat(chief.post("/api/v1/surveys/" + survey + "/close", "").status()).isEqualTo(200);
	}

	private static List<String> subjects(String address) {
		return TestMailServer.to(address).stream().map(VoiceIntegrationTests::subject).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
