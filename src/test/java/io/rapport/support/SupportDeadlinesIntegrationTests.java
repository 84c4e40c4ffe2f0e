package io.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.PartnershipManagement;

/**
 * Issue 13: a case past its target is told once, to the CAM of its partnership (the channel chief
 * hears of it only where no CAM is named), and lands in their inbox in their language.
 */
@RapportIntegrationTest
class SupportDeadlinesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	@Autowired
	PartnershipManagement partnerships;

	@Autowired
	SupportDeadlines deadlines;

	@Test
	void tellsTheCamOnceOfACaseGonePastItsTarget() {
		Programme programme = programmes.vendor("Deadline Vendor");
		String domain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		UserView cam = users.register(new NewUser(programme.vendorId(), "cam@" + domain, "Celina Terminowa", "demo", null,
				Set.of(Role.CHANNEL_MANAGER)));
		Partner looked = programmes.partner(programme, "Gold", java.time.LocalDate.now().minusYears(1));
		Partner unowned = programmes.partner(programme, "Gold", java.time.LocalDate.now().minusYears(1));
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(looked.partnershipId(), cam.id()));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String openedAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.SECONDS).toString();
		for (Partner partner : java.util.List.of(looked, unowned)) {
			ApiClient.Response opened = chief.post("/api/v1/support-cases", """
					{"partnershipId":"%s","channel":"PHONE","severity":"CRITICAL","subject":"Serwer stoi","openedAt":"%s"}"""
				.formatted(partner.partnershipId(), openedAt));
			assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		}

		deadlines.tellOverdue();
		deadlines.tellOverdue();

		ApiClient camClient = ApiClient.as(port, cam.email());
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(camClient.get("/api/v1/notifications").json().get("notifications").get("content").size()).isEqualTo(1);
			assertThat(chief.get("/api/v1/notifications").body()).contains(unowned.name());
		});
		String told = camClient.get("/api/v1/notifications").json().get("notifications").get("content").get(0).get("text").asString();
		assertThat(told).isEqualTo(looked.name() + ": the critical case \"Serwer stoi\" is past its target.");
		assertThat(camClient.get("/api/v1/notifications?lang=pl").json().get("notifications").get("content").get(0).get("text")
			.asString()).isEqualTo(looked.name() + ": sprawa o wadze krytycznej „Serwer stoi” przekroczyła termin.");
		assertThat(chief.get("/api/v1/notifications").body()).as("the CAM's case is the CAM's").doesNotContain(looked.name());
	}
}
