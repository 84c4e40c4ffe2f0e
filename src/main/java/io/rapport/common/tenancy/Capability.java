package io.rapport.common.tenancy;

import java.util.EnumSet;
import java.util.Set;

import static io.rapport.common.tenancy.Role.ANALYST;
import static io.rapport.common.tenancy.Role.CHANNEL_MANAGER;
import static io.rapport.common.tenancy.Role.HUB_ADMIN;
import static io.rapport.common.tenancy.Role.PARTNER_ADMIN;
import static io.rapport.common.tenancy.Role.PARTNER_USER;
import static io.rapport.common.tenancy.Role.VENDOR_ADMIN;

/**
 * What a person may do, and which roles grant it: the one place where roles turn into rights.
 * Services refuse through {@link Caller#require(Capability)}; pages show a control only where
 * {@link Caller#may(Capability)} holds, so that nobody meets a button that cannot work.
 */
public enum Capability {

	/** Run the vendor's programme: tiers, partnerships, weights, norms, targets, sales imports, the early warning. */
	RUN_PROGRAMME(VENDOR_ADMIN),

	/** Work with partners day to day: record touchpoints, answer support cases, act on alerts. */
	WORK_WITH_PARTNERS(VENDOR_ADMIN, CHANNEL_MANAGER),

	/** Run survey waves: a vendor's chief for its own partners, an analyst across vendors. */
	RUN_SURVEYS(VENDOR_ADMIN, ANALYST),

	/** Administer one's own partner organisation: its details and domains. */
	ADMINISTER_ORGANIZATION(PARTNER_ADMIN),

	/** Act for a partner organisation: answer surveys, open support cases. */
	ACT_FOR_PARTNER(PARTNER_ADMIN, PARTNER_USER),

	/**
	 * Bring one's own organisation's people in and manage their access: invitations, roles,
	 * deactivation, single sign-on. The vendor's chief, the partner's admin and the hub's admin.
	 */
	ADMINISTER_PEOPLE(VENDOR_ADMIN, PARTNER_ADMIN, HUB_ADMIN);

	private final Set<Role> roles;

	Capability(Role first, Role... others) {
		this.roles = EnumSet.of(first, others);
	}

	public boolean grantedTo(Set<Role> held) {
		return held.stream().anyMatch(roles::contains);
	}

	/** The message code that says, in the reader's language, who may do this. */
	public String refusalCode() {
		return "capability.refused." + name();
	}
}
