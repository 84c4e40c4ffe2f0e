package io.rapport.sales;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rapport.common.Period;
import io.rapport.common.Money;

/**
 * Is the top tier really the best-selling? Partnerships ranked by revenue into deciles (1 = the
 * top 10%) against their tiers, and the partnerships whose tier does not match what they sell.
 *
 * @param tiers highest first
 * @param counts per decile, partnerships per tier name
 */
public record TierDeciles(Period period, List<String> tiers, List<DecileRow> counts, List<Mismatch> mismatches) {

	public record DecileRow(int decile, Map<String, Long> partnershipsByTier) {
	}

	/**
	 * @param kind {@code TOP_TIER_SELLING_LITTLE} (top tier, bottom half) or {@code LOW_TIER_SELLING_MUCH}
	 *     (lowest tier, top 20%)
	 */
	public record Mismatch(UUID partnershipId, String partnerName, String tier, int decile, Money revenue, String kind) {
	}
}
