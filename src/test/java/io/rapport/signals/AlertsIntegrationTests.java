package io.rapport.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestMailServer;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.WalkingAwayHistory;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.PartnershipManagement;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * A programme of twelve partnerships selling every week for two years. One stopped fifteen weeks
 * ago, stopped coming to trainings before that, and its CAM never met it; one stopped coming to
 * trainings while its certification runs out; one never heard from its CAM but sells as ever.
 * The early warning must raise a high alert for the first, a low one for the second and none for
 * the third or the rest — and then follow each alert's life.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	@Autowired
	PartnershipManagement partnerships;

	private Programme programme;

	private ApiClient chief;

	private ApiClient cam;

	private String camEmail;

	private Partner quitter;

	private Partner lapsing;

	private Partner unvisited;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	@BeforeAll
	void aProgrammeWithOnePartnerWalkingAway() {
		programme = programmes.vendor("Early Warning Vendor");
		camEmail = "cam@" + programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		UserView camUser = users.register(new NewUser(programme.vendorId(), camEmail, "Cam Opiekun", "demo", null,
				Set.of(Role.CHANNEL_MANAGER)));
		for (int i = 0; i < 12; i++) {
			programmes.partner(programme, "Gold", today.minusYears(3));
		}
		quitter = programme.partners().get(0);
		lapsing = programme.partners().get(1);
		unvisited = programme.partners().get(2);
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(quitter.partnershipId(), camUser.id()));
		chief = ApiClient.as(port, programme.chiefEmail());
		cam = ApiClient.as(port, camEmail);
		WalkingAwayHistory.importFor(chief, "EW", programme.partners(), today, 3);
	}

	@Test
	@Order(1)
	void raisesAnAlertPerPartnershipAtRiskWithItsReasonsAndOwner() {
		ApiClient.Response evaluated = chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "");
		assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
		assertThat(evaluated.json().get("raised").asInt()).isEqualTo(2);
		JsonNode alerts = list("");
		assertThat(alerts.findValuesAsString("partnershipId"))
			.containsExactlyInAnyOrder(quitter.partnershipId().toString(), lapsing.partnershipId().toString());

		JsonNode high = alert(alerts, quitter);
		assertThat(high.get("severity").asString()).isEqualTo("HIGH");
		assertThat(high.get("status").asString()).isEqualTo("OPEN");
		assertThat(high.get("raisedOn").asString()).isEqualTo(today.toString());
		assertThat(high.get("pAlive").asDouble()).isLessThan(0.2);
		assertThat(high.get("owner").get("name").asString()).isEqualTo("Cam Opiekun");
		List<String> kinds = high.get("signals").findValuesAsString("kind");
		assertThat(kinds).contains("RETENTION", "SALES_DROP", "EVENTS_STOPPED", "CAM_CONTACT_LAPSED");
		String reasons = high.get("reasons").toString();
		assertThat(reasons).contains("0 selling days in the last 13 weeks against 12.5 a quarter before")
			.contains("no sale for 15 weeks").contains("No training, webinar or event in the last 26 weeks, after");

		// Two weaker signs of its own, and the CAM's silence beside them.
		JsonNode low = alert(alerts, lapsing);
		assertThat(low.get("severity").asString()).isEqualTo("LOW");
		assertThat(low.get("signals").findValuesAsString("kind")).containsExactlyInAnyOrder("EVENTS_STOPPED",
				"CERTIFICATIONS_LAPSING", "CAM_CONTACT_LAPSED");
		assertThat(low.get("reasons").toString()).contains("is valid until " + today.minusWeeks(100).plusWeeks(104));

		JsonNode polish = chief.get("/api/v1/vendors/" + programme.vendorId() + "/alerts?lang=pl").json();
		assertThat(alert(polish, quitter).get("reasons").toString()).contains("dni ze sprzedażą w ostatnich 13 tygodniach");
	}

	@Test
	@Order(2)
	void filtersByStatusSeverityOwnerAndPartnership() {
		assertThat(list("?severity=HIGH").findValuesAsString("partnershipId")).containsExactly(quitter.partnershipId().toString());
		assertThat(list("?status=open,acknowledged").size()).isEqualTo(2);
		assertThat(list("?status=RESOLVED").size()).isZero();
		assertThat(list("?partnershipId=" + lapsing.partnershipId()).size()).isEqualTo(1);
		UUID camId = users.findByEmail(camEmail).orElseThrow().id();
		assertThat(list("?ownerId=" + camId).findValuesAsString("partnershipId")).containsExactly(quitter.partnershipId().toString());
		ApiClient.Response wrong = chief.get("/api/v1/vendors/" + programme.vendorId() + "/alerts?status=SLEEPING");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.json().get("detail").asString()).contains("status cannot be \"SLEEPING\": use one of OPEN");
	}

	@Test
	@Order(4)
	void followsTheLifeOfAnAlertAndKeepsItsHistory() {
		String id = alert(list(""), quitter).get("id").asString();
		ApiClient.Response acknowledged = cam.post("/api/v1/alerts/" + id + "/acknowledge", "{\"note\":\"Dzwonię w poniedziałek\"}");
		assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
		assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(cam.post("/api/v1/alerts/" + id + "/acknowledge", "").status()).isEqualTo(409);

		ApiClient.Response noReason = cam.post("/api/v1/alerts/" + id + "/dismiss", "{\"reason\":\" \"}");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.body()).contains("Say why the alert is dismissed");

		ApiClient.Response resolved = cam.post("/api/v1/alerts/" + id + "/resolve", "{\"note\":\"Partner wraca po reorganizacji\"}");
		assertThat(resolved.status()).isEqualTo(200);
		ApiClient.Response again = cam.post("/api/v1/alerts/" + id + "/dismiss", "{\"reason\":\"Nieważne\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("The alert is resolved");

		JsonNode kept = chief.get("/api/v1/alerts/" + id).json();
		assertThat(kept.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(kept.get("closingNote").asString()).isEqualTo("Partner wraca po reorganizacji");
		assertThat(kept.get("history").findValuesAsString("change")).containsExactly("RAISED", "ACKNOWLEDGED", "RESOLVED");
		assertThat(kept.get("history").get(1).get("by").asString()).isEqualTo("Cam Opiekun");
		assertThat(kept.get("history").get(1).get("note").asString()).isEqualTo("Dzwonię w poniedziałek");

		// Issue 13: the signs are still there, but they are the ones the CAM resolved it with — the next
		// readings keep it resolved, and say so.
		assertThat(kept.get("evidenceThrough").asString()).isEqualTo(today.toString());
		for (int reading = 0; reading < 2; reading++) {
			JsonNode next = chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "").json();
			assertThat(next.get("raised").asInt()).isZero();
			assertThat(next.get("keptClosed").asInt()).isEqualTo(1);
		}
		assertThat(list("?partnershipId=" + quitter.partnershipId()).findValuesAsString("status")).containsExactly("RESOLVED");
	}

	@Test
	@Order(7)
	void raisesTheAlertAgainOnlyOnANewSignAndADismissalHoldsTheSameWay() {
		String resolved = list("?partnershipId=" + quitter.partnershipId() + "&status=RESOLVED").get(0).get("id").asString();
		// New evidence: the quitter's last certification, two years old, runs out within weeks.
		ApiClient.Response certified = chief.upload("/api/v1/imports/touchpoints", "cert.csv",
				("external_id,type,occurred_at,title,partner_tax_id\nEW-Q-CERT,CERTIFICATION," + today.minusWeeks(100)
						+ " 12:00,Certyfikat," + quitter.taxId() + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(certified.status()).as(certified.toString()).isEqualTo(200);
		JsonNode outcome = chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "").json();
		assertThat(outcome.get("raised").asInt()).isEqualTo(1);
		JsonNode again = list("?partnershipId=" + quitter.partnershipId() + "&status=OPEN").get(0);
		assertThat(again.get("followsAlertId").asString()).isEqualTo(resolved);
		assertThat(again.get("signals").findValuesAsString("kind")).contains("CERTIFICATIONS_LAPSING");
		assertThat(chief.get("/api/v1/alerts/" + resolved).json().get("followedById").asString())
			.isEqualTo(again.get("id").asString());

		ApiClient.Response dismissed = chief.post("/api/v1/alerts/" + again.get("id").asString() + "/dismiss",
				"{\"reason\":\"Fuzja z innym partnerem, sprzedaż przejmuje spółka matka\"}");
		assertThat(dismissed.status()).isEqualTo(200);
		JsonNode next = chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "").json();
		assertThat(next.get("keptClosed").asInt()).isEqualTo(1);
		assertThat(next.get("raised").asInt()).isZero();
		assertThat(list("?partnershipId=" + quitter.partnershipId()).findValuesAsString("status"))
			.containsExactlyInAnyOrder("RESOLVED", "DISMISSED");
	}

	@Test
	@Order(8)
	void showsWhatTheSeverityRestsOnAndWhatIsAtStake() {
		JsonNode alert = chief.get("/api/v1/alerts/" + alert(list(""), lapsing).get("id").asString()).json();
		assertThat(alert.get("weight").asInt()).isEqualTo(3);
		assertThat(alert.get("signs").findValuesAsString("kind")).containsExactlyInAnyOrder("EVENTS_STOPPED",
				"CERTIFICATIONS_LAPSING", "CAM_CONTACT_LAPSED");
		assertThat(alert.get("signs").findValues("weight")).allMatch(w -> w.asInt() == 1);
		assertThat(alert.get("stake").get("tier").asString()).isEqualTo("Gold");
		// 52 weekly sales of 100.00 PLN in the last twelve months.
		JsonNode revenue = alert.get("stake").get("trailingRevenue");
		assertThat(revenue.get("currency").asString()).isEqualTo("PLN");
		assertThat(new java.math.BigDecimal(revenue.get("amount").asString())).isBetween(new java.math.BigDecimal("5100"),
				new java.math.BigDecimal("5300"));
	}

	@Test
	@Order(5)
	void resolvesAnAlertItselfOnceTheSignsClearAndSaysSo() {
		// Back at a training and certified again: only the CAM's silence is left, which alone raises nothing.
		String id = alert(list("?status=OPEN"), lapsing).get("id").asString();
		ApiClient.Response training = chief.upload("/api/v1/imports/touchpoints", "back.csv",
				("external_id,type,occurred_at,title,partner_tax_id\nEW-BACK,TRAINING," + today.minusDays(2) + " 10:00,Szkolenie,"
						+ lapsing.taxId() + "\nEW-RENEWED,CERTIFICATION," + today.minusDays(1) + " 12:00,Certyfikat," + lapsing.taxId()
						+ "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(training.status()).isEqualTo(200);
		JsonNode outcome = chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "").json();
		assertThat(outcome.get("resolved").asInt()).isEqualTo(1);
		JsonNode cleared = chief.get("/api/v1/alerts/" + id).json();
		assertThat(cleared.get("status").asString()).isEqualTo("RESOLVED");
		JsonNode last = cleared.get("history").get(cleared.get("history").size() - 1);
		assertThat(last.get("change").asString()).isEqualTo("CLEARED");
		assertThat(last.get("by").isNull()).isTrue();
	}

	@Test
	@Order(6)
	void onlyTheOwnerOrTheChiefActsAndNobodyOutsideTheVendorSeesAnything() {
		chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "");
		String quitterAlert = alert(list(""), quitter).get("id").asString();
		ApiClient partner = ApiClient.as(port, quitter.adminEmail());
		assertThat(partner.get("/api/v1/alerts/" + quitterAlert).status()).isEqualTo(404);
		assertThat(partner.get("/api/v1/vendors/" + programme.vendorId() + "/alerts").status()).isEqualTo(404);
		assertThat(partner.post("/api/v1/alerts/" + quitterAlert + "/resolve", "").status()).isEqualTo(404);
		Programme other = programmes.vendor("Other Early Warning Vendor");
		ApiClient stranger = ApiClient.as(port, other.chiefEmail());
		assertThat(stranger.get("/api/v1/alerts/" + quitterAlert).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/vendors/" + programme.vendorId() + "/alerts").status()).isEqualTo(404);
		assertThat(cam.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "").status()).isEqualTo(403);
		// The CAM reads an alert it does not own, but only its owner or the chief acts on it.
		String lapsingAlert = list("?partnershipId=" + lapsing.partnershipId()).get(0).get("id").asString();
		assertThat(cam.get("/api/v1/alerts/" + lapsingAlert).status()).isEqualTo(200);
		ApiClient.Response notOwner = cam.post("/api/v1/alerts/" + lapsingAlert + "/resolve", "");
		assertThat(notOwner.status()).isEqualTo(403);
		assertThat(notOwner.body()).contains("Only the partnership's CAM or the channel chief");
	}

	@Test
	@Order(3)
	void sendsTheWeeklyDigestToTheCamAndTheChief() throws Exception {
		int toChiefBefore = TestMailServer.to(programme.chiefEmail()).size();
		int toCamBefore = TestMailServer.to(camEmail).size();
		ApiClient.Response sent = chief.post("/api/v1/vendors/" + programme.vendorId() + "/alerts/digest", "");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("sent").asInt()).isEqualTo(2);

		List<MimeMessage> toChief = TestMailServer.to(programme.chiefEmail());
		assertThat(toChief).hasSize(toChiefBefore + 1);
		MimeMessage chiefs = toChief.get(toChief.size() - 1);
		assertThat(chiefs.getSubject()).contains("2 partnerships at risk").contains("zagrożone partnerstwa");
		String text = chiefs.getContent().toString();
		assertThat(text).contains(quitter.name()).contains(lapsing.name()).doesNotContain(unvisited.name())
			.contains("/partnerships/" + quitter.partnershipId()).contains("[High] " + quitter.name())
			.contains("Early warning at").contains("Wczesne ostrzeganie w").contains("[Wysoka] " + quitter.name());

		List<MimeMessage> toCam = TestMailServer.to(camEmail);
		assertThat(toCam).hasSize(toCamBefore + 1);
		String camText = toCam.get(toCam.size() - 1).getContent().toString();
		assertThat(camText).contains(quitter.name()).doesNotContain(lapsing.name())
			.contains("The partnerships you look after that are at risk: 1");
	}

	private JsonNode list(String query) {
		ApiClient.Response response = chief.get("/api/v1/vendors/" + programme.vendorId() + "/alerts" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode alert(JsonNode alerts, Partner partner) {
		for (JsonNode alert : alerts) {
			if (alert.get("partnershipId").asString().equals(partner.partnershipId().toString())) {
				return alert;
			}
		}
		throw new AssertionError("No alert about " + partner.name() + " in " + alerts);
	}
}
