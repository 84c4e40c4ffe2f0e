package io.rapport.common.web;

import java.util.EnumSet;
import java.util.Set;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Role;

/**
 * The signed-in person as every page's layout shows it: name, organisation, which parts of the
 * navigation apply and which controls it may use ({@code me.may('RUN_PROGRAMME')} in a template).
 */
public record CurrentUserView(String name, String email, String organizationName, boolean vendor, boolean chief,
		boolean partner, boolean analyst, Set<Capability> capabilities) {

	public CurrentUserView {
		capabilities = Set.copyOf(capabilities);
	}

	static CurrentUserView of(Caller caller, String organizationName) {
		Set<Capability> granted = EnumSet.noneOf(Capability.class);
		for (Capability capability : Capability.values()) {
			if (caller.may(capability)) {
				granted.add(capability);
			}
		}
		return new CurrentUserView(caller.name(), caller.email(), organizationName, caller.isVendorUser(),
				caller.has(Role.VENDOR_ADMIN), caller.isPartnerUser(), caller.isAnalyst(), granted);
	}

	/** Whether a control for the capability is shown; the server refuses it anyway. */
	public boolean may(String capability) {
		return capabilities.contains(Capability.valueOf(capability));
	}
}
