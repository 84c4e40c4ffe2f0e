package io.rapport.common;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Role;
import io.rapport.common.tenancy.ScopeFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTests {

	private final UUID vendor = UUID.randomUUID();

	@Test
	void narrowsVendorUsersToTheirVendorAndPartnerUsersToTheirOrganisation() {
		Caller cam = new Caller(UUID.randomUUID(), "cam1@helix.example", "CAM", vendor, Set.of(Role.CHANNEL_MANAGER));
		assertThat(cam.partnershipFilter("p.vendor_id", "p.partner_id").sql()).isEqualTo("p.vendor_id = :scopeOrganization");
		assertThat(cam.partnershipFilter("p.vendor_id", "p.partner_id").parameters()).containsEntry("scopeOrganization", vendor);

		UUID partner = UUID.randomUUID();
		Caller admin = new Caller(UUID.randomUUID(), "admin@x.pl", "Admin", partner, Set.of(Role.PARTNER_ADMIN));
		assertThat(admin.partnershipFilter("p.vendor_id", "p.partner_id").sql()).isEqualTo("p.partner_id = :scopeOrganization");
	}

	@Test
	void givesAnalystsNoSinglePartnership() {
		Caller analyst = new Caller(UUID.randomUUID(), "analyst@hub.example", "A", UUID.randomUUID(), Set.of(Role.ANALYST));
		assertThat(analyst.partnershipFilter("v", "p")).isEqualTo(ScopeFilter.NOTHING);
		assertThatThrownBy(() -> analyst.requireOwnVendor(vendor)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void answersAnotherVendorsIdAsNotFound() {
		Caller chief = new Caller(UUID.randomUUID(), "chief@helix.example", "C", vendor, Set.of(Role.VENDOR_ADMIN));
		assertThat(chief.requireOwnVendor(vendor)).isEqualTo(vendor);
		assertThatThrownBy(() -> chief.requireOwnVendor(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesRolesFromBothSides() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Caller(UUID.randomUUID(), "x@y.pl", "X", vendor,
				Set.of(Role.VENDOR_ADMIN, Role.PARTNER_ADMIN)));
	}
}
