package io.rapport.engagement.scoring;

import io.rapport.engagement.Normalization;

/**
 * How one indicator is normalised.
 *
 * @param target for {@link Normalization#NORM}, the value that earns full marks
 */
public record IndicatorSpec(String key, Normalization normalization, double target, boolean higherIsBetter) {

	public IndicatorSpec {
		if (normalization == Normalization.NORM && !(target > 0)) {
			throw new IllegalArgumentException("Indicator " + key + " is normalised against a norm, so it needs a target above zero");
		}
	}
}
