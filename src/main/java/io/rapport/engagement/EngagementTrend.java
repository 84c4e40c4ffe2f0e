package io.rapport.engagement;

import java.util.Arrays;
import java.util.List;

/**
 * A vendor's engagement in one fiscal quarter, programme-wide: its channel VEI and how the
 * partnerships' PEI and VEI spread.
 *
 * @param channelVei the vendor's channel-wide VEI (its conferences, press, cadence)
 * @param partnerships how many partnerships the spreads are over
 */
public record EngagementTrend(String quarter, double channelVei, Spread pei, Spread vei, int partnerships) {

	/** The five numbers of a box plot, 0–100. */
	public record Spread(double min, double lowerQuartile, double median, double upperQuartile, double max) {

		/** The spread of the scores (at least one), quartiles interpolated between ranks. */
		public static Spread of(List<Double> scores) {
			double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			if (sorted.length == 0) {
				throw new IllegalArgumentException("A spread needs at least one score");
			}
			return new Spread(sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
					sorted[sorted.length - 1]);
		}

		private static double quantile(double[] sorted, double p) {
			double position = p * (sorted.length - 1);
			int below = (int) Math.floor(position);
			int above = Math.min(below + 1, sorted.length - 1);
			double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
			return Math.round(value * 10) / 10.0;
		}

		@Override
		public String toString() {
			return Arrays.toString(new double[] { min, lowerQuartile, median, upperQuartile, max });
		}
	}
}
