package io.rapport.engagement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rapport.common.Money;

/**
 * Every partnership placed by revenue against engagement beyond selling (PEI without its sales
 * indicators), split at the programme's medians into four named quadrants, with Spearman's
 * correlation between tier and that engagement: does "top tier = most engaged" hold?
 *
 * @param tierCorrelation null when it cannot be computed (fewer than two partnerships, or one tier)
 */
public record Quadrant(String quarter, String currency, Money revenueMedian, double engagementMedian,
		Map<String, Long> counts, Double tierCorrelation, List<Point> points) {

	/** One partnership on the chart. */
	public record Point(UUID partnershipId, String partnerName, String tier, int tierRank, Money revenue,
			double engagement, String quadrant) {
	}

	/** Sells much and engages much. */
	public static final String CHAMPION = "CHAMPION";

	/** Sells much, engages little: the 80/20 view's favourite, and the one most at risk of leaving quietly. */
	public static final String TRANSACTIONAL = "TRANSACTIONAL";

	/** Engages much, sells little yet. */
	public static final String RISING = "RISING";

	/** Neither. */
	public static final String DORMANT = "DORMANT";
}
