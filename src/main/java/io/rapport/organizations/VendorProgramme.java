package io.rapport.organizations;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.rapport.common.FiscalCalendar;

/** How a vendor runs its programme: fiscal calendar, time zone, reporting currency and tiers. */
public record VendorProgramme(UUID vendorId, String vendorName, FiscalCalendar calendar, ZoneId timeZone,
		String reportingCurrency, List<TierView> tiers) {

	/** The highest tier, e.g. Platinum. */
	public TierView topTier() {
		return tiers.get(tiers.size() - 1);
	}
}
