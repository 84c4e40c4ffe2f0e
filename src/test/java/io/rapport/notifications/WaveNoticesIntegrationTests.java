package io.rapport.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

/**
 * Issue 13: a survey wave that opens lands in the inbox of every partner it asks, leading to the
 * answer form, and of the chief running it, whether or not mail can go out.
 */
@RapportIntegrationTest
class WaveNoticesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Test
	void anOpenedWaveLandsInTheAskedPartnersInboxes() {
		Programme programme = programmes.vendor("Wave Notice Vendor");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		Partner asked = programmes.partner(programme, "Gold", today.minusYears(1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		ApiClient.Response created = chief.post("/api/v1/surveys", """
				{"title":"Jesień 2026","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today, today.plusDays(20)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String surveyId = created.json().get("id").asString();

		ApiClient partner = ApiClient.as(port, asked.adminEmail());
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(partner.get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(1);
			assertThat(chief.get("/api/v1/notifications").body()).contains("/surveys");
		});
		var notice = partner.get("/api/v1/notifications").json().get("notifications").get("content").get(0);
		assertThat(notice.get("kind").asString()).isEqualTo("SURVEY_WAVE");
		assertThat(notice.get("link").asString()).isEqualTo("/surveys/" + surveyId + "/answer?vendorId=" + programme.vendorId());
		assertThat(notice.get("text").asString()).startsWith("The survey \"Jesień 2026\" is open until ")
			.endsWith(": how does " + chief.get("/api/v1/surveys/" + surveyId).json().get("vendors").get(0).get("name").asString()
					+ " work with you?");
		assertThat(partner.get("/api/v1/notifications?lang=pl").json().get("notifications").get("content").get(0).get("text")
			.asString()).contains(today.plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
	}
}
