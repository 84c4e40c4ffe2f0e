package io.rapport.voice;

import java.util.List;
import java.util.UUID;

/**
 * A vendor's place in a wave run by a neutral hub, as the channel press's yearly report cards put
 * it. Everything resting on fewer partner organisations than anonymity allows is suppressed and
 * unranked.
 *
 * @param respondents partner organisations that answered about the vendor; null while the wave is open (issue 12)
 * @param overall the mean of each partner's importance-weighted rating, 0–10, with its 95% interval
 * @param change the overall rating against the hub's wave about the vendor a year before
 * @param quadrant CHAMPION (above the median, improving), CONTENDER (above, not improving),
 *        GROWER (below, improving) or STRAGGLER (below, not improving); null without a year-ago wave
 * @param placeFrom the best place the vendor's 95% interval allows: one behind every vendor whose
 *        interval lies wholly above its own; null when suppressed (issue 13: intervals, not a strict order)
 * @param placeTo the worst place it allows: behind every vendor whose interval reaches as high as its own's bottom
 * @param tiedWith the vendors whose intervals overlap its own: chance alone may have put either ahead
 */
public record VendorStanding(UUID vendorId, String vendorName, Integer respondents, Estimate overall, Integer overallRank,
		SurveyResult.NpsResult nps, List<CriterionStanding> criteria, Double change, String quadrant, Integer placeFrom,
		Integer placeTo, List<String> tiedWith) {

	public VendorStanding {
		tiedWith = tiedWith == null ? List.of() : List.copyOf(tiedWith);
	}

	/** A standing not yet placed among the others. */
	public VendorStanding(UUID vendorId, String vendorName, Integer respondents, Estimate overall, Integer overallRank,
			SurveyResult.NpsResult nps, List<CriterionStanding> criteria, Double change, String quadrant) {
		this(vendorId, vendorName, respondents, overall, overallRank, nps, criteria, change, quadrant, null, null, List.of());
	}

	/** Whether its interval overlaps another's: its place is a range, not one number. */
	public boolean tied() {
		return !tiedWith.isEmpty();
	}

	public record CriterionStanding(String key, String label, Estimate mean, Integer rank) {
	}
}
