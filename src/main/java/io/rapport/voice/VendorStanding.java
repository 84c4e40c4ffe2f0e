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
 */
public record VendorStanding(UUID vendorId, String vendorName, Integer respondents, Estimate overall, Integer overallRank,
		SurveyResult.NpsResult nps, List<CriterionStanding> criteria, Double change, String quadrant) {

	public record CriterionStanding(String key, String label, Estimate mean, Integer rank) {
	}
}
