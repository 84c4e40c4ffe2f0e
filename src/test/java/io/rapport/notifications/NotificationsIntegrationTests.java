package io.rapport.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import io.rapport.identity.UserDirectory;
import io.rapport.notifications.internal.NoticeDigest;
import io.rapport.organizations.PartnershipManagement;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, notifications inside the product: an alert raised for a CAM lands in that CAM's inbox
 * and nobody else's, by e-mail too when they chose it (the test context has a mail server), in the
 * weekly digest once for who chose that; each person reads and marks only their own notices.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	@Autowired
	PartnershipManagement partnerships;

	@Autowired
	NoticeDigest digest;

	private AtRiskProgramme at;

	private ApiClient first;

	private ApiClient second;

	@BeforeAll
	void twoCamsOneAlertEachAndTheirChoices() {
		at = AtRiskProgramme.build("Inbox Vendor", programmes, users, partnerships, port);
		first = ApiClient.as(port, at.firstCam());
		second = ApiClient.as(port, at.secondCam());
		ApiClient.Response chosen = first.send("PUT", "/api/v1/notification-preferences", "{\"deliveries\":{\"ALERT\":\"EMAIL\"}}");
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json().get("deliveries").get("ALERT").asString()).isEqualTo("EMAIL");
		assertThat(chosen.json().get("deliveries").get("OVERDUE_CASE").asString()).isEqualTo("INBOX");
		assertThat(chosen.json().get("mailAvailable").asBoolean()).isTrue();
		assertThat(second.send("PUT", "/api/v1/notification-preferences", "{\"deliveries\":{\"ALERT\":\"DIGEST\"}}").status())
			.isEqualTo(200);
		ApiClient.Response evaluated = at.evaluate(port);
		assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
		assertThat(evaluated.json().get("raised").asInt()).isEqualTo(2);
	}

	@Test
	@Order(1)
	void anAlertRaisedForACamLandsInThatCamsInboxOnly() {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(notices(first)).hasSize(1);
			assertThat(notices(second)).hasSize(1);
		});
		JsonNode mine = notices(first).get(0);
		assertThat(mine.get("kind").asString()).isEqualTo("ALERT");
		assertThat(mine.get("code").asString()).isEqualTo("notice.alert.raised");
		assertThat(mine.get("text").asString()).isEqualTo(at.quitter().name() + " is at risk: a high alert was raised for you.");
		assertThat(mine.get("read").asBoolean()).isFalse();
		String alertId = mine.get("link").asString().replace("/alerts/", "");
		assertThat(ApiClient.as(port, at.programme().chiefEmail()).get("/api/v1/alerts/" + alertId).json().get("partnershipId")
			.asString()).isEqualTo(at.quitter().partnershipId().toString());

		JsonNode theirs = notices(second).get(0);
		assertThat(theirs.get("text").asString()).contains(at.lapsing().name()).contains("low alert")
			.doesNotContain(at.quitter().name());
		assertThat(second.get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(1);
		assertThat(ApiClient.as(port, at.programme().chiefEmail()).get("/api/v1/notifications").json()
			.get("notifications").get("content").toString()).doesNotContain(alertId);

		JsonNode polish = first.get("/api/v1/notifications?lang=pl").json().get("notifications").get("content").get(0);
		assertThat(polish.get("text").asString()).isEqualTo("Zagrożone partnerstwo: " + at.quitter().name()
				+ ". Podniesiono dla Ciebie alert o wadze wysokiej.");
	}

	@Test
	@Order(2)
	void whoChoseEmailIsWrittenToAndWhoChoseTheDigestGetsItOnce() throws Exception {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(TestMailServer.to(at.firstCam())).hasSize(1));
		MimeMessage mail = TestMailServer.to(at.firstCam()).get(0);
		assertThat(mail.getSubject()).contains(at.quitter().name() + " is at risk").contains("Zagrożone partnerstwo");
		assertThat(mail.getContent().toString()).contains("/alerts/");
		assertThat(notices(first).get(0).get("mailed").asBoolean()).isTrue();

		// The digest's notice waits for Monday: no mail yet, and nothing says it went.
		assertThat(TestMailServer.to(at.secondCam())).isEmpty();
		assertThat(notices(second).get(0).get("mailed").asBoolean()).isFalse();
		digest.send();
		assertThat(TestMailServer.to(at.secondCam())).hasSize(1);
		MimeMessage weekly = TestMailServer.to(at.secondCam()).get(0);
		assertThat(weekly.getSubject()).contains("1 notice this week").contains("1 powiadomienie w tym tygodniu");
		assertThat(weekly.getContent().toString()).contains(at.lapsing().name());
		assertThat(notices(second).get(0).get("mailed").asBoolean()).isTrue();
		digest.send();
		assertThat(TestMailServer.to(at.secondCam())).as("the week's digest goes once").hasSize(1);
	}

	@Test
	@Order(3)
	void eachPersonReadsAndMarksOnlyTheirOwn() {
		String mine = notices(first).get(0).get("id").asString();
		ApiClient.Response foreign = second.post("/api/v1/notifications/" + mine + "/read", "");
		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		assertThat(foreign.contentType()).startsWith("application/problem+json");
		assertThat(notices(first).get(0).get("read").asBoolean()).isFalse();
		assertThat(second.post("/api/v1/notifications/not-a-uuid/read", "").status()).isEqualTo(400);

		ApiClient.Response read = first.post("/api/v1/notifications/" + mine + "/read", "");
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("read").asBoolean()).isTrue();
		assertThat(first.get("/api/v1/notifications").json().get("unread").asInt()).isZero();

		assertThat(second.get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(1);
		ApiClient.Response all = second.post("/api/v1/notifications/read-all", "");
		assertThat(all.json().get("marked").asInt()).isEqualTo(1);
		assertThat(second.get("/api/v1/notifications").json().get("unread").asInt()).isZero();
		assertThat(second.post("/api/v1/notifications/read-all", "").json().get("marked").asInt()).isZero();
	}

	@Test
	@Order(4)
	void refusesAnUnknownKindOrDeliveryWithoutAServerError() {
		ApiClient.Response unknown = first.send("PUT", "/api/v1/notification-preferences", "{\"deliveries\":{\"ALERT\":\"PIGEON\"}}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(first.send("PUT", "/api/v1/notification-preferences", "{\"deliveries\":{\"GOSSIP\":\"EMAIL\"}}").status())
			.isEqualTo(400);
		assertThat(first.get("/api/v1/notification-preferences").json().get("deliveries").get("ALERT").asString())
			.isEqualTo("EMAIL");
		assertThat(first.get("/api/v1/notifications?page=999&size=5000").status()).isEqualTo(200);
	}

	@Test
	@Order(5)
	void whoImportsIsToldItWasTakenInOrRejectedButNotOfADryRun() {
		ApiClient chief = ApiClient.as(port, at.programme().chiefEmail());
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(texts(chief))
			.anyMatch(text -> text.matches("The sales import is done: [\\d,]+ lines taken in\\."))
			.anyMatch(text -> text.matches("The touchpoint import is done: [\\d,]+ lines taken in\\.")));
		int before = notices(chief).size();

		String valid = "external_id,partner_tax_id,closed_on,amount,currency,category\nDRY-1," + at.quitter().taxId()
				+ ",2026-01-05,10.00,PLN,PRODUCT\n";
		assertThat(chief.upload("/api/v1/imports/sales?dryRun=true", "dry.csv", valid.getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(200);
		String wrong = "external_id,partner_tax_id,closed_on,amount,currency,category\nBAD-1,5260250274,2026-01-05,10.00,PLN,PRODUCT\n"
				+ "BAD-2," + at.quitter().taxId() + ",not-a-day,10.00,PLN,PRODUCT\n";
		ApiClient.Response rejected = chief.upload("/api/v1/imports/sales", "wrong.csv", wrong.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(notices(chief)).hasSize(before + 1));
		JsonNode told = notices(chief).get(0);
		assertThat(told.get("kind").asString()).isEqualTo("IMPORT");
		assertThat(told.get("text").asString()).isEqualTo("The sales import was rejected and nothing was stored: 2 rows have errors.");
		assertThat(told.get("link").asString()).isEqualTo("/sales/import");
		JsonNode polish = chief.get("/api/v1/notifications?lang=pl").json().get("notifications").get("content").get(0);
		assertThat(polish.get("text").asString()).isEqualTo("Import sprzedaży odrzucony, nic nie zapisano: 2 wiersze z błędami.");
	}

	private static List<String> texts(ApiClient client) {
		return notices(client).stream().map(n -> n.get("text").asString()).toList();
	}

	private static List<JsonNode> notices(ApiClient client) {
		JsonNode content = client.get("/api/v1/notifications").json().get("notifications").get("content");
		List<JsonNode> notices = new ArrayList<>();
		for (int i = 0; i < content.size(); i++) {
			notices.add(content.get(i));
		}
		return notices;
	}
}
