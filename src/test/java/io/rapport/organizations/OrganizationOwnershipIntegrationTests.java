package io.rapport.organizations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: who owns a partner organisation. A vendor that takes a partner in by details cannot
 * change an organisation that exists; only its own administrator edits the name, city and domains,
 * and every change is recorded. A domain a vendor typed routes only that vendor's calendar until
 * the administrator confirms it.
 */
@RapportIntegrationTest
class OrganizationOwnershipIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	PartnershipQueries partnerships;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	private Programme vendorA;

	private Programme vendorB;

	private Partner partner;

	private String domain;

	@BeforeEach
	void aPartnerVendorATookIn() {
		vendorA = programmes.vendor("Owner Vendor A");
		vendorB = programmes.vendor("Owner Vendor B");
		partner = programmes.partner(vendorA, "Silver", LocalDate.of(2025, 1, 1));
		domain = partner.adminEmail().substring(partner.adminEmail().indexOf('@') + 1);
	}

	private ApiClient chiefOf(Programme programme) {
		return ApiClient.as(port, programme.chiefEmail());
	}

	private ApiClient admin() {
		return ApiClient.as(port, partner.adminEmail());
	}

	private String detailsWithTheSameNip(String name, String city, String plantedDomain) {
		return """
				{"partner":{"kind":"PARTNER","name":"%s","country":"PL","city":"%s","taxId":"%s","domains":["%s"]},
				 "tier":"Gold","since":"2026-01-01"}""".formatted(name, city, partner.taxId(), plantedDomain);
	}

	private Map<String, Object> stored() {
		return jdbc.sql("""
				select o.name, o.city, (select string_agg(d.domain || ':' || d.status, ',' order by d.domain)
				                        from organization_domain d where d.organization_id = o.id) as domains
				from organization o where o.id = ?""").param(partner.partnerId()).query().singleRow();
	}

	@Test
	void aVendorAttachingByNipChangesNothingAndIsToldTheRegisteredDetails() {
		// Issue 12: vendor B gives other details for a company vendor A registered; they are not applied.
		Map<String, Object> before = stored();
		String planted = "planted-" + UUID.randomUUID().toString().substring(0, 8) + ".pl";
		ApiClient.Response attached = chiefOf(vendorB).post("/api/v1/partnerships",
				detailsWithTheSameNip("Podstawiona Nazwa", "Gdańsk", planted));
		assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
		JsonNode body = attached.json();
		assertThat(body.get("partnerAlreadyRegistered").asBoolean()).isTrue();
		assertThat(body.get("notice").asString()).contains(partner.name()).contains("were not applied");
		assertThat(body.get("partner").get("id").asString()).isEqualTo(partner.partnerId().toString());
		assertThat(body.get("partner").get("name").asString()).isEqualTo(partner.name());
		assertThat(body.get("partner").get("city").asString()).isEqualTo("Opole");
		assertThat(body.get("partner").get("domains").toString()).doesNotContain(planted);
		assertThat(body.get("tier").asString()).isEqualTo("Gold");
		assertThat(stored()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from organization_domain where domain = ?").param(planted).query(Long.class).single())
			.isZero();

		// The same notice in the caller's language.
		Programme vendorC = programmes.vendor("Owner Vendor C");
		ApiClient.Response polish = chiefOf(vendorC).post("/api/v1/partnerships?lang=pl",
				detailsWithTheSameNip("Inna Nazwa", "Kraków", planted));
		assertThat(polish.json().get("notice").asString()).contains("była już zarejestrowana");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aNewPartnerIsRegisteredWithTheVendorsDetailsAsItsUnverifiedClaim() {
		// Issue 12: the first vendor's domains wait for the partner's admin.
		assertThat(stored().get("domains")).isEqualTo(domain + ":UNVERIFIED");
		assertThat(jdbc.sql("select added_by_vendor_id from organization_domain where domain = ?").param(domain)
			.query(UUID.class).single()).isEqualTo(vendorA.vendorId());
		JsonNode own = admin().get("/api/v1/organizations/mine").json();
		assertThat(own.get("domains").get(0).get("status").asString()).isEqualTo("UNVERIFIED");
		assertThat(own.get("domains").get(0).get("addedById").asString()).isEqualTo(vendorA.vendorId().toString());
	}

	@Test
	void thePartnersAdminEditsTheDetailsAndEachChangeIsRecorded() {
		// Issue 12: the organisation's own admin changes name, city and domains; each change is recorded.
		String extra = "office-" + UUID.randomUUID().toString().substring(0, 8) + ".pl";
		ApiClient.Response edited = admin().send("PUT", "/api/v1/organizations/" + partner.partnerId(), """
				{"name":"Nowa Nazwa %s","city":"Wrocław","domains":["%s","%s"]}""".formatted(partner.taxId(), domain, extra));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("name").asString()).isEqualTo("Nowa Nazwa " + partner.taxId());
		assertThat(stored().get("city")).isEqualTo("Wrocław");
		assertThat(stored().get("domains")).isEqualTo(List.of(domain + ":VERIFIED", extra + ":VERIFIED").stream().sorted()
			.reduce((a, b) -> a + "," + b).orElseThrow());

		UUID adminId = jdbc.sql("select id from app_user where email = ?").param(partner.adminEmail()).query(UUID.class).single();
		List<Map<String, Object>> changes = jdbc.sql("""
				select changed_by, field, old_value, new_value from organization_change where organization_id = ?
				order by changed_at""").param(partner.partnerId()).query().listOfRows();
		assertThat(changes).extracting(c -> c.get("changed_by")).containsOnly(adminId);
		assertThat(changes).extracting(c -> c.get("field") + ": " + c.get("old_value") + " → " + c.get("new_value"))
			.containsExactly("NAME: " + partner.name() + " → Nowa Nazwa " + partner.taxId(), "CITY: Opole → Wrocław",
					"DOMAINS: null → " + String.join(", ", new java.util.TreeSet<>(Set.of(domain, extra))),
					"UNVERIFIED_DOMAINS: " + domain + " → null");

		JsonNode history = admin().get("/api/v1/organizations/mine").json().get("history");
		assertThat(history.size()).isEqualTo(4);
		assertThat(history.findValuesAsString("field")).containsExactlyInAnyOrder("NAME", "CITY", "DOMAINS", "UNVERIFIED_DOMAINS");
		assertThat(history.get(0).get("changedBy").asString()).startsWith("Admin ");
	}

	@Test
	void anotherPartnersAdminAndAVendorAreNotFoundWhenTheyEdit() {
		// Issue 12: outsiders get 404 on editing; the organisation's other users get 403.
		Partner other = programmes.partner(vendorB, "Silver", LocalDate.of(2025, 1, 1));
		String path = "/api/v1/organizations/" + partner.partnerId();
		String body = "{\"name\":\"Przejęta\",\"city\":\"Gdańsk\",\"domains\":[\"taken-over.pl\"]}";
		Map<String, Object> before = stored();
		List<ApiClient> outsiders = List.of(ApiClient.as(port, other.adminEmail()), chiefOf(vendorA), chiefOf(vendorB));
		for (ApiClient outsider : outsiders) {
			assertThat(outsider.send("PUT", path, body).status()).isEqualTo(404);
			assertThat(outsider.post(path + "/domains/" + domain + "/confirmation", "").status()).isEqualTo(404);
			assertThat(outsider.delete(path + "/domains/" + domain).status()).isEqualTo(404);
		}
		String userEmail = "user@" + domain;
		users.register(new NewUser(partner.partnerId(), userEmail, "Partner User", "demo", null, Set.of(Role.PARTNER_USER)));
		ApiClient.Response refused = ApiClient.as(port, userEmail).send("PUT", path, body);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("Only the organisation's own administrator");
		assertThat(stored()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from organization_change where organization_id = ?").param(partner.partnerId())
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesInvalidDetailsAndADomainAnotherOrganisationVerified() {
		// Issue 12: a bad edit is a clear refusal and changes nothing.
		String path = "/api/v1/organizations/" + partner.partnerId();
		ApiClient.Response blank = admin().send("PUT", path, "{\"name\":\" \",\"domains\":[\"not a domain\"]}");
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.json().get("errors").findValuesAsString("field")).contains("name", "domains[0]");
		ApiClient.Response taken = admin().send("PUT", path, "{\"name\":\"X\",\"domains\":[\"helix.example\"]}");
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.json().get("detail").asString()).contains("helix.example already belongs to another organisation");
		ApiClient.Response unknown = admin().post(path + "/domains/nothing-here.pl/confirmation", "");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(stored().get("name")).isEqualTo(partner.name());
	}

	@Test
	void aDomainVendorAAddedRoutesOnlyItsCalendarUntilTheAdminConfirmsIt() {
		// Issue 12: an unverified domain matches attendees for the vendor that added it only.
		assertThat(chiefOf(vendorB).post("/api/v1/partnerships",
				"{\"partner\":{\"kind\":\"PARTNER\",\"name\":\"B's name\",\"country\":\"PL\",\"taxId\":\"" + partner.taxId()
						+ "\"},\"tier\":\"Silver\",\"since\":\"2025-01-01\"}").status()).isEqualTo(201);
		assertThat(partnerships.partnerDomains(vendorA.vendorId())).containsEntry(domain, partner.partnerId());
		assertThat(partnerships.partnerDomains(vendorB.vendorId())).doesNotContainKey(domain);
		assertThat(meetingsImported(vendorA, "before-a")).isEqualTo(1);
		assertThat(meetingsImported(vendorB, "before-b")).isZero();
		assertThat(chiefOf(vendorA).get("/api/v1/organizations/" + partner.partnerId()).json().get("domains").toString())
			.contains(domain);
		assertThat(chiefOf(vendorB).get("/api/v1/organizations/" + partner.partnerId()).json().get("domains").toString())
			.doesNotContain(domain);

		ApiClient.Response confirmed = admin().post("/api/v1/organizations/" + partner.partnerId() + "/domains/" + domain
				+ "/confirmation", "");
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.json().get("domains").get(0).get("status").asString()).isEqualTo("VERIFIED");
		assertThat(partnerships.partnerDomains(vendorB.vendorId())).containsEntry(domain, partner.partnerId());
		assertThat(meetingsImported(vendorA, "after-a")).isEqualTo(1);
		assertThat(meetingsImported(vendorB, "after-b")).isEqualTo(1);
		assertThat(chiefOf(vendorB).get("/api/v1/organizations/" + partner.partnerId()).json().get("domains").toString())
			.contains(domain);
	}

	@Test
	void theAdminsClaimTakesADomainAnotherVendorPlantedUnverified() {
		// Issue 12: a vendor that plants a company's domain on an organisation of its own cannot keep it from the company.
		Partner planted = programmes.partner(vendorB, "Silver", LocalDate.of(2025, 1, 1));
		String plantedDomain = planted.adminEmail().substring(planted.adminEmail().indexOf('@') + 1);
		ApiClient.Response claimed = admin().send("PUT", "/api/v1/organizations/" + partner.partnerId(),
				"{\"name\":\"" + partner.name() + "\",\"city\":\"Opole\",\"domains\":[\"" + plantedDomain + "\"]}");
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
		assertThat(jdbc.sql("select organization_id, status from organization_domain where domain = ?").param(plantedDomain)
			.query().singleRow()).containsEntry("organization_id", partner.partnerId()).containsEntry("status", "VERIFIED");
		assertThat(jdbc.sql("select count(*) from organization_change where organization_id = ? and field = 'UNVERIFIED_DOMAINS'")
			.param(planted.partnerId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDemosPartnersComeOutWithVerifiedDomains() {
		// Issue 12: the demo's companies vouch for their own domains, so every vendor's calendar still finds them.
		List<String> statuses = new ArrayList<>(jdbc.sql("""
				select distinct d.status from organization_domain d join organization o on o.id = d.organization_id
				join app_user u on u.organization_id = o.id and u.name = 'Administrator ' || o.name""")
			.query(String.class).list());
		assertThat(statuses).containsExactly("VERIFIED");
	}

	private long meetingsImported(Programme programme, String uid) {
		String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport tests//EN",
				"BEGIN:VEVENT", "UID:" + uid, "DTSTART:20260310T090000Z", "DTEND:20260310T100000Z", "SUMMARY:Spotkanie",
				"ORGANIZER:mailto:" + programme.chiefEmail(), "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jan@" + domain, "END:VEVENT",
				"END:VCALENDAR", "");
		ApiClient.Response response = chiefOf(programme).upload("/api/v1/imports/touchpoints?from=2026-01-01&to=2026-12-31",
				"calendar.ics", ics.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("accepted").asLong();
	}
}
