package io.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;

/**
 * A helpdesk export imported again with one ticket moved to another partner and quarter and
 * answered: the correction is counted, and the engagement follows it where the ticket went and where
 * it stood. Who may open cases, and on which partnerships.
 */
@RapportIntegrationTest
class SupportCorrectionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	UserDirectory users;

	@Test
	void aTicketThatMovedToAnotherPartnerAndQuarterIsCorrectedAndWhereItStoodIsRecomputed() {
		Programme programme = programmes.vendor("Corrections Vendor");
		Partner a = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		Partner b = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		String header = "external_id,partner_tax_id,channel,severity,subject,opened_at,first_response_at,resolved_at\n";
		// T-2 was booked on a in September and never answered: a answered none of its cases in time in 2025-Q3.
		JsonNode first = upload(chief, header + "T-1," + a.taxId() + ",EMAIL,NORMAL,Licence,2026-03-02 09:00,2026-03-02 10:00,\n"
				+ "T-2," + a.taxId() + ",EMAIL,NORMAL,Firmware,2025-09-03 09:00,,\n");
		assertThat(first.get("accepted").asLong()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inTime(chief, a, "2025-Q3")).isEqualTo(0.0));

		// The helpdesk corrects it: b's ticket, opened in March and answered. Nothing in the file points at a.
		JsonNode again = upload(chief, header
				+ "T-2," + b.taxId() + ",EMAIL,NORMAL,Firmware,2026-03-03 09:00,2026-03-03 09:30,2026-03-03 12:00\n");
		assertThat(again.get("accepted").asLong()).isEqualTo(1);
		assertThat(again.get("corrected").asLong()).isEqualTo(1);
		JsonNode t2 = null;
		for (JsonNode c : chief.get("/api/v1/support-cases?limit=1000").json()) {
			if ("T-2".equals(c.get("externalId").asString())) {
				t2 = c;
			}
		}
		assertThat(t2).isNotNull();
		assertThat(t2.get("partnerName").asString()).isEqualTo(b.name());
		assertThat(t2.get("resolutionMinutes").asLong()).isEqualTo(180);
		// Where the ticket stood is recomputed too: a's 2025-Q3 no longer holds a case it never had.
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(inTime(chief, a, "2025-Q3")).isNull();
			assertThat(inTime(chief, b, "2026-Q1")).isEqualTo(1.0);
		});
		JsonNode repeated = upload(chief, header + "T-1," + a.taxId() + ",EMAIL,NORMAL,Licence,2026-03-02 09:00,2026-03-02 10:00,\n");
		assertThat(repeated.get("unchanged").asLong()).isEqualTo(1);
		assertThat(repeated.get("accepted").asLong()).isZero();
	}

	@Test
	void onlyThePartnerAndTheChannelTeamOpenCasesAndOnlyOnTheirOwnPartnerships() {
		Programme programme = programmes.vendor("Case Rights Vendor");
		Partner a = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		Partner b = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		String domain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		users.register(new NewUser(programme.vendorId(), "ceo@" + domain, "Prezes", "demo", null, Set.of(Role.VENDOR_EXECUTIVE)));
		ApiClient executive = ApiClient.as(port, "ceo@" + domain);
		String onA = """
				{"partnershipId":"%s","channel":"PHONE","severity":"HIGH","subject":"Outage"}""".formatted(a.partnershipId());
		ApiClient.Response byExecutive = executive.post("/api/v1/support-cases", onA);
		assertThat(byExecutive.status()).as(byExecutive.toString()).isEqualTo(403);
		assertThat(executive.upload("/api/v1/imports/support-cases", "cases.csv",
				("external_id,partner_tax_id,channel,severity,subject,opened_at\nE-1," + a.taxId() + ",PHONE,HIGH,Outage,2026-03-02 09:00\n")
					.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
		// Another partner of the same vendor cannot open a case on a's partnership, nor learn it exists.
		assertThat(ApiClient.as(port, b.adminEmail()).post("/api/v1/support-cases", onA).status()).isEqualTo(404);
		ApiClient.Response byPartner = ApiClient.as(port, a.adminEmail()).post("/api/v1/support-cases", onA);
		assertThat(byPartner.status()).as(byPartner.toString()).isEqualTo(201);
		String id = byPartner.json().get("id").asString();
		assertThat(executive.get("/api/v1/support-cases/" + id).status()).as("executives read").isEqualTo(200);
		assertThat(executive.post("/api/v1/support-cases/" + id + "/events", """
				{"type":"FIRST_RESPONSE","at":"2026-01-01T10:00:00Z"}""").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, b.adminEmail()).get("/api/v1/support-cases/" + id).status()).isEqualTo(404);
	}

	private JsonNode upload(ApiClient chief, String csv) {
		ApiClient.Response response = chief.upload("/api/v1/imports/support-cases", "cases.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	/** The partnership's share of cases answered in time in the quarter; null when it had no case to count. */
	private static Double inTime(ApiClient chief, Partner partner, String quarter) {
		JsonNode vei = chief.get("/api/v1/partnerships/" + partner.partnershipId() + "/engagement?quarter=" + quarter).json().get("vei");
		for (JsonNode indicator : vei.get("indicators")) {
			if ("support_response_in_time".equals(indicator.get("key").asString())) {
				return indicator.get("raw").isNull() ? null : indicator.get("raw").asDouble();
			}
		}
		return null;
	}
}
