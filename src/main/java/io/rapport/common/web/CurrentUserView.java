package io.rapport.common.web;

import io.rapport.common.tenancy.Caller;

/**
 * The signed-in person as every page's layout shows it: name, organisation and which parts of
 * the navigation apply.
 */
public record CurrentUserView(String name, String email, String organizationName, boolean vendor, boolean chief,
		boolean partner, boolean analyst) {

	static CurrentUserView of(Caller caller, String organizationName) {
		return new CurrentUserView(caller.name(), caller.email(), organizationName, caller.isVendorUser(),
				caller.has(io.rapport.common.tenancy.Role.VENDOR_ADMIN), caller.isPartnerUser(), caller.isAnalyst());
	}
}
