package io.rapport.engagement;

/** How a raw indicator value becomes a 0–1 value: against a norm, or against the programme's distribution. */
public enum Normalization {
	/** achieved / target, capped at 1 (inverted for lower-is-better). */
	NORM,
	/** Mid-rank percentile among the programme's partnerships that have the indicator. */
	PERCENTILE
}
