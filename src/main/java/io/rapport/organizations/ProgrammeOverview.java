package io.rapport.organizations;

import java.util.List;
import java.util.UUID;

/**
 * A vendor's programme at a glance.
 *
 * @param multiVendor active partnerships whose partner also works with another vendor in Rapport
 * @param withoutManager active partnerships no CAM looks after
 * @param byTier highest tier first
 */
public record ProgrammeOverview(UUID vendorId, long active, long ended, long multiVendor, long withoutManager,
		List<TierCount> byTier, List<ManagerCount> channelManagers) {

	public record TierCount(String tier, int rank, long partnerships) {
	}

	public record ManagerCount(Person manager, long partnerships) {
	}
}
