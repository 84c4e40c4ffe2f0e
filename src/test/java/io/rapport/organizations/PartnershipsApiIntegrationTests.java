package io.rapport.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.common.TaxId;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RapportIntegrationTest
class PartnershipsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private ApiClient chief() {
		return ApiClient.as(port, "chief@helix.example");
	}

	private UUID helix() {
		return jdbc.sql("select id from organization where slug = 'helix-data-systems'").query(UUID.class).single();
	}

	@Test
	void listsAllOfTheVendorsPartnershipsAndOnlyThose() {
		long inDatabase = jdbc.sql("select count(*) from partnership where vendor_id = ?").param(helix()).query(Long.class).single();
		JsonNode page = chief().get("/api/v1/partnerships?size=200").json();
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(inDatabase);
		assertThat(page.get("page").get("totalPages").asInt()).isEqualTo((int) ((inDatabase + 199) / 200));
		page.get("content").forEach(p -> assertThat(p.get("vendor").get("name").asString()).isEqualTo("Helix Data Systems"));
	}

	@Test
	void sortsFiltersAndPages() {
		JsonNode byTier = chief().get("/api/v1/partnerships?sort=tier,desc&size=5").json();
		assertThat(byTier.get("content").get(0).get("tier").asString()).isEqualTo("Platinum");

		JsonNode gold = chief().get("/api/v1/partnerships?tier=gold&size=200").json();
		long goldInDatabase = jdbc.sql("""
				select count(*) from partnership p join tier t on t.id = p.tier_id where p.vendor_id = ? and t.name = 'Gold'""")
			.param(helix()).query(Long.class).single();
		assertThat(gold.get("page").get("totalElements").asLong()).isEqualTo(goldInDatabase).isPositive();
		gold.get("content").forEach(p -> assertThat(p.get("tier").asString()).isEqualTo("Gold"));

		JsonNode first = chief().get("/api/v1/partnerships?sort=since&size=3&page=0").json();
		JsonNode second = chief().get("/api/v1/partnerships?sort=since&size=3&page=1").json();
		assertThat(first.get("content").get(2).get("since").asString())
			.isLessThanOrEqualTo(second.get("content").get(0).get("since").asString());
		assertThat(first.get("content").get(0).get("id")).isNotEqualTo(second.get("content").get(0).get("id"));
	}

	@Test
	void findsAPartnerByNameFragmentOrTaxId() {
		JsonNode any = chief().get("/api/v1/partnerships?size=1").json().get("content").get(0);
		String taxId = any.get("partner").get("taxId").asString();
		JsonNode byTaxId = chief().get("/api/v1/partnerships?q=" + taxId).json();
		assertThat(byTaxId.get("content").get(0).get("id")).isEqualTo(any.get("id"));
		String fragment = any.get("partner").get("name").asString().substring(0, 5);
		JsonNode byName = chief().get("/api/v1/partnerships?size=200&q=" + java.net.URLEncoder.encode(fragment,
				java.nio.charset.StandardCharsets.UTF_8)).json();
		assertThat(byName.get("content").findValuesAsString("id")).contains(any.get("id").asString());
	}

	@Test
	void showsAPartnerItsPartnershipsWithEveryVendor() {
		String email = jdbc.sql("""
				select u.email from app_user u join partnership p on p.partner_id = u.organization_id
				group by u.email having count(distinct p.vendor_id) >= 2 order by u.email limit 1""")
			.query(String.class).single();
		JsonNode page = ApiClient.as(port, email).get("/api/v1/partnerships").json();
		List<String> partners = new ArrayList<>();
		page.get("content").forEach(p -> partners.add(p.get("partner").get("domains").get(0).asString()));
		assertThat(partners).isNotEmpty().allMatch(domain -> email.endsWith("@" + domain));
		List<String> vendors = new ArrayList<>();
		page.get("content").forEach(p -> vendors.add(p.get("vendor").get("name").asString()));
		assertThat(vendors).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
		assertThat(page.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void explainsBadParameters() {
		ApiClient.Response badSort = chief().get("/api/v1/partnerships?sort=colour");
		// An unknown sort is a broken rule of the list, as every list's API answers it (Sorting.strict).
		assertThat(badSort.status()).isEqualTo(422);
		assertThat(badSort.contentType()).startsWith("application/problem+json");
		assertThat(badSort.json().get("detail").asString()).contains("cannot be sorted by \"colour\"").contains("partner");
		assertThat(chief().get("/api/v1/partnerships?size=1000").json().get("detail").asString()).contains("1 to 200 rows");
		assertThat(chief().get("/api/v1/partnerships?status=PAUSED").status()).isEqualTo(400);
		assertThat(chief().get("/api/v1/partnerships/not-an-id").json().get("detail").asString()).contains("not a valid UUID");
	}

	@Test
	void onboardsANewPartnerByItsDetailsAndKeepsOneActivePartnershipPerPair() {
		String nip = TaxId.completeNip("777000123") != null ? TaxId.completeNip("777000123") : TaxId.completeNip("777000124");
		String body = """
				{"partner":{"kind":"PARTNER","name":"Testowa Integracja sp. z o.o.","country":"PL","city":"Opole",
				 "taxId":"%s","domains":["testowa-integracja.pl"]},"tier":"Silver","since":"2026-02-01"}""".formatted(nip);
		ApiClient.Response created = chief().post("/api/v1/partnerships", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode partnership = created.json();
		assertThat(partnership.get("tier").asString()).isEqualTo("Silver");
		assertThat(partnership.get("partner").get("taxId").asString()).isEqualTo(nip);

		ApiClient.Response again = chief().post("/api/v1/partnerships", body);
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().get("detail").asString()).contains("already has an active partnership");

		String id = partnership.get("id").asString();
		assertThat(chief().post("/api/v1/partnerships/" + id + "/tier", "{\"tier\":\"Gold\"}").json().get("tier").asString())
			.isEqualTo("Gold");
		assertThat(chief().post("/api/v1/partnerships/" + id + "/tier", "{\"tier\":\"Diamond\"}").json().get("detail").asString())
			.contains("no tier called 'Diamond'");
		assertThat(chief().post("/api/v1/partnerships/" + id + "/end", "{\"endedOn\":\"2025-01-01\"}").status()).isEqualTo(422);
		JsonNode ended = chief().post("/api/v1/partnerships/" + id + "/end", "{\"endedOn\":\"2026-10-31\"}").json();
		assertThat(ended.get("status").asString()).isEqualTo("ENDED");

		// The same company comes back: matched by its NIP, a new partnership, the old one kept as history.
		ApiClient.Response rejoined = chief().post("/api/v1/partnerships", body);
		assertThat(rejoined.status()).isEqualTo(201);
		assertThat(rejoined.json().get("partner").get("id")).isEqualTo(partnership.get("partner").get("id"));
	}

	@Test
	void rejectsAnInvalidNipAndListsInvalidFields() {
		ApiClient.Response badNip = chief().post("/api/v1/partnerships", """
				{"partner":{"kind":"PARTNER","name":"Zły NIP sp. z o.o.","country":"PL","taxId":"1234567890"},
				 "tier":"Silver","since":"2026-02-01"}""");
		assertThat(badNip.status()).isEqualTo(400);
		assertThat(badNip.json().get("detail").asString()).contains("not a valid Polish NIP");

		ApiClient.Response empty = chief().post("/api/v1/partnerships", "{}");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("errors").findValuesAsString("field")).contains("tier", "since", "onePartnerGiven");
	}

	@Test
	void letsOnlyTheChiefChangeAPartnershipAndOnlyWithTheVendorsOwnPeople() {
		String id = chief().get("/api/v1/partnerships?size=1&status=ACTIVE").json().get("content").get(0).get("id").asString();
		ApiClient.Response byCam = ApiClient.as(port, "cam1@helix.example").post("/api/v1/partnerships/" + id + "/tier",
				"{\"tier\":\"Gold\"}");
		assertThat(byCam.status()).isEqualTo(403);
		assertThat(byCam.json().get("detail").asString()).contains("channel chief");

		UUID corvidCam = jdbc.sql("select id from app_user where email = 'cam1@corvid.example'").query(UUID.class).single();
		ApiClient.Response foreignCam = chief().post("/api/v1/partnerships/" + id + "/channel-manager",
				"{\"userId\":\"" + corvidCam + "\"}");
		assertThat(foreignCam.status()).isEqualTo(422);
		assertThat(foreignCam.json().get("detail").asString()).contains("does not work for your organisation");
	}

	@Test
	void theDatabaseAllowsOneActivePartnershipPerVendorAndPartner() {
		var existing = jdbc.sql("select vendor_id, partner_id, tier_id from partnership where status = 'ACTIVE' limit 1")
			.query().singleRow();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into partnership (id, vendor_id, partner_id, tier_id, since) values (?, ?, ?, ?, current_date)""")
			.params(UUID.randomUUID(), existing.get("vendor_id"), existing.get("partner_id"), existing.get("tier_id"))
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void describesTheVendorsProgramme() {
		JsonNode programme = chief().get("/api/v1/vendors/" + helix() + "/programme").json();
		assertThat(programme.get("calendar").get("startMonth").asInt()).isEqualTo(11);
		assertThat(programme.get("tiers").findValuesAsString("name")).containsExactly("Registered", "Silver", "Gold", "Platinum");

		JsonNode overview = chief().get("/api/v1/vendors/" + helix() + "/overview").json();
		long active = jdbc.sql("select count(*) from partnership where vendor_id = ? and status = 'ACTIVE'")
			.param(helix()).query(Long.class).single();
		assertThat(overview.get("active").asLong()).isEqualTo(active);
		long byTier = 0;
		for (JsonNode tier : overview.get("byTier")) {
			byTier += tier.get("partnerships").asLong();
		}
		assertThat(byTier).isEqualTo(active);
		assertThat(overview.get("channelManagers").size()).isEqualTo(4);
	}
}
