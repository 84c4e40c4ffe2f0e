package io.rapport.engagement;

/**
 * An indicator a module contributes.
 *
 * @param key stable identifier, used in weights and explanations
 * @param target for {@link Normalization#NORM}: the value over the trailing four quarters that earns full marks
 * @param defaultWeight the documented default weight within its index
 * @param transactional whether it measures selling; the quadrant sets PEI without these against revenue
 */
public record IndicatorDefinition(String key, Side side, Normalization normalization, double target,
		boolean higherIsBetter, double defaultWeight, boolean transactional) {

	public static IndicatorDefinition percentile(String key, Side side, double defaultWeight, boolean transactional) {
		return new IndicatorDefinition(key, side, Normalization.PERCENTILE, 0, true, defaultWeight, transactional);
	}

	public static IndicatorDefinition norm(String key, Side side, double target, double defaultWeight) {
		return new IndicatorDefinition(key, side, Normalization.NORM, target, true, defaultWeight, false);
	}
}
