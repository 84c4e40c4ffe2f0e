package io.rapport.engagement;

import java.util.List;

/**
 * An index with its explanation. Ranks are within the vendor's programme, 1 the most engaged;
 * rankLow and rankHigh bound the rank under perturbed weights (5th to 95th percentile). The
 * channel-wide VEI has no ranks.
 */
public record IndexView(double score, double coverage, Integer rank, Integer rankLow, Integer rankHigh,
		List<IndicatorView> indicators) {
}
