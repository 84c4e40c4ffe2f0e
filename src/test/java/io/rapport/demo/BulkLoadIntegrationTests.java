package io.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.common.TaxId;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.Seniority;
import io.rapport.identity.UserBulkLoad;
import io.rapport.identity.UserDirectory;
import io.rapport.organizations.OrganizationBulkLoad;
import io.rapport.organizations.OrganizationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk loaders behind the benchmark scales keep every rule the database states. */
@RapportIntegrationTest
class BulkLoadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationBulkLoad organizations;

	@Autowired
	UserBulkLoad users;

	@Autowired
	UserDirectory directory;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsAProgrammeWhosePeopleCanSignInAndWhosePartnershipsAreListed() {
		UUID vendor = UUID.randomUUID();
		UUID tier = UUID.randomUUID();
		UUID chief = UUID.randomUUID();
		List<OrganizationBulkLoad.Organization> orgs = new ArrayList<>();
		orgs.add(new OrganizationBulkLoad.Organization(vendor, OrganizationKind.VENDOR, "Bulk Vendor", "bulk-vendor",
				"Gdańsk", null, "bulk-vendor.example"));
		List<OrganizationBulkLoad.Partnership> partnerships = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			UUID partner = UUID.randomUUID();
			orgs.add(new OrganizationBulkLoad.Organization(partner, OrganizationKind.PARTNER, "Bulk Partner " + i, "bulk-partner-" + i,
					"Gdańsk", nip(i), "bulk-partner-" + i + ".pl"));
			partnerships.add(new OrganizationBulkLoad.Partnership(UUID.randomUUID(), vendor, partner, tier,
					LocalDate.of(2024, 1, 1), i % 10 == 0 ? LocalDate.of(2026, 1, 31) : null, chief, null));
		}
		transactions.executeWithoutResult(status -> {
			organizations.organizations(orgs);
			organizations.programmes(List.of(new OrganizationBulkLoad.Programme(vendor, 1, "Europe/Warsaw", "PLN",
					List.of(new OrganizationBulkLoad.Tier(tier, "Partner", 1)))));
			users.users(List.of(new UserBulkLoad.User(chief, vendor, "chief@bulk-vendor.example", "Bulk Chief",
					Seniority.EXECUTIVE, Role.VENDOR_ADMIN)), directory.hash("demo"));
			assertThat(organizations.partnerships(partnerships)).isEqualTo(500);
		});

		assertThat(jdbc.sql("select count(*) from partnership where vendor_id = ? and status = 'ENDED'").param(vendor)
			.query(Long.class).single()).isEqualTo(50);
		assertThat(jdbc.sql("select partner_sort_name from partnership where partner_id = ?")
			.param(orgs.get(1).id()).query(String.class).single()).isEqualTo("bulk partner 0");
		ApiClient api = ApiClient.as(port, "chief@bulk-vendor.example");
		assertThat(api.get("/api/v1/partnerships?size=1").json().get("page").get("totalElements").asLong()).isEqualTo(500);
		assertThat(api.get("/api/v1/partnerships?sort=partner,desc&size=1").json().get("content").get(0).get("partner")
			.get("name").asString()).isEqualTo("Bulk Partner 99");
	}

	@Test
	void refusesWhatTheDatabaseForbidsAndStoresNothingOfIt() {
		UUID partner = UUID.randomUUID();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			organizations.organizations(List.of(new OrganizationBulkLoad.Organization(partner, OrganizationKind.PARTNER,
					"Orphan Partner", "orphan-partner", "Opole", nip(900), "orphan-partner.pl")));
			// A partnership with a vendor that has no programme breaks a foreign key.
			organizations.partnerships(List.of(new OrganizationBulkLoad.Partnership(UUID.randomUUID(), UUID.randomUUID(),
					partner, UUID.randomUUID(), LocalDate.of(2024, 1, 1), null, null, null)));
		})).isInstanceOf(RuntimeException.class);
		assertThat(jdbc.sql("select count(*) from organization where slug = 'orphan-partner'").query(Long.class).single())
			.isZero();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> organizations.organizations(List.of(
				new OrganizationBulkLoad.Organization(UUID.randomUUID(), OrganizationKind.PARTNER, "Bad NIP", "bad-nip",
						"Opole", "1234567890", "bad-nip.pl")))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid NIP");
	}

	private static String nip(int n) {
		for (int i = 0;; i++) {
			String nip = TaxId.completeNip(String.format("8%08d", n * 10 + i));
			if (nip != null) {
				return nip;
			}
		}
	}
}
