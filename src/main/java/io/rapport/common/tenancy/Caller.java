package io.rapport.common.tenancy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.rapport.common.NotFoundException;

/**
 * Who is asking: a user of one organisation with its roles. Every query that touches tenant data
 * is narrowed by the caller's scope, built here and nowhere else (DESIGN §4):
 * <ul>
 * <li>vendor users see their own vendor's programme only;</li>
 * <li>partner users see their own organisation's partnerships, across all its vendors;</li>
 * <li>analysts see no single partnership, only cross-vendor aggregates.</li>
 * </ul>
 */
public record Caller(UUID userId, String email, String name, UUID organizationId, Set<Role> roles) {

	public Caller {
		roles = Set.copyOf(roles);
		if (roles.stream().map(Role::side).distinct().count() > 1) {
			throw new IllegalArgumentException("A user's roles must all sit on one side: " + roles);
		}
	}

	public Role.Side side() {
		return roles.isEmpty() ? Role.Side.HUB : roles.iterator().next().side();
	}

	public boolean isVendorUser() {
		return !roles.isEmpty() && side() == Role.Side.VENDOR;
	}

	public boolean isPartnerUser() {
		return !roles.isEmpty() && side() == Role.Side.PARTNER;
	}

	public boolean isAnalyst() {
		return roles.contains(Role.ANALYST);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether one of the caller's roles grants the capability (controls are shown only then). */
	public boolean may(Capability capability) {
		return capability.grantedTo(roles);
	}

	/**
	 * @throws CapabilityMissingException when none of the caller's roles grants the capability
	 */
	public void require(Capability capability) {
		if (!may(capability)) {
			throw new CapabilityMissingException(capability);
		}
	}

	/**
	 * The predicate that keeps rows belonging to one vendor–partner relationship visible to this
	 * caller, as SQL over the given columns with named parameters.
	 */
	public ScopeFilter partnershipFilter(String vendorColumn, String partnerColumn) {
		if (isVendorUser()) {
			return new ScopeFilter(vendorColumn + " = :scopeOrganization", Map.<String, Object>of("scopeOrganization", organizationId));
		}
		if (isPartnerUser()) {
			return new ScopeFilter(partnerColumn + " = :scopeOrganization", Map.<String, Object>of("scopeOrganization", organizationId));
		}
		return ScopeFilter.NOTHING;
	}

	/** Whether this caller works for the given vendor. */
	public boolean worksFor(UUID vendorId) {
		return isVendorUser() && organizationId.equals(vendorId);
	}

	/**
	 * Returns the vendor id when the caller works for that vendor.
	 * @throws NotFoundException otherwise, so that another vendor's id reveals nothing
	 */
	public UUID requireOwnVendor(UUID vendorId) {
		if (!worksFor(vendorId)) {
			throw new NotFoundException("vendor", vendorId);
		}
		return vendorId;
	}

	/**
	 * Returns the vendor id when the caller is that vendor's channel chief.
	 * @throws NotFoundException when the caller does not work for the vendor
	 * @throws CapabilityMissingException when it does, but is no chief
	 */
	public UUID requireChiefOf(UUID vendorId) {
		requireOwnVendor(vendorId);
		require(Capability.RUN_PROGRAMME);
		return vendorId;
	}

	/** Whether the caller is on the vendor's channel team: its channel chief or one of its CAMs. */
	public boolean inChannelTeamOf(UUID vendorId) {
		return worksFor(vendorId) && may(Capability.WORK_WITH_PARTNERS);
	}
}
