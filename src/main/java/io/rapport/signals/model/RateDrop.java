package io.rapport.signals.model;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Whether a partner's last quarter fell below its own baseline by more than chance explains: an
 * exact conditional test of two Poisson rates. Given n events over the baseline and the last
 * period together, under equal rates the last period's count is binomial(n, w₁ / (w₀ + w₁)) with
 * w the periods' lengths; the one-sided p-value is the chance of a count as low as the one seen.
 *
 * @param lastPeriod events in the last period
 * @param perPeriodBefore the baseline's events scaled to one last period's length
 * @param pValue P(a count this low or lower | equal rates)
 * @param dropped whether the drop is significant at 5%
 */
public record RateDrop(int lastPeriod, double perPeriodBefore, double pValue, boolean dropped) {

	/** Significance the drop must reach. */
	public static final double LEVEL = 0.05;

	/**
	 * @param before events in the baseline, which lasted {@code baselineLength}
	 * @param last events in the last period, which lasted {@code lastLength}
	 * @return the test, or null when the baseline is shorter than the last period or nothing happened at all
	 */
	public static RateDrop test(int before, double baselineLength, int last, double lastLength) {
		if (before < 0 || last < 0 || !(lastLength > 0)) {
			throw new IllegalArgumentException("Counts cannot be negative and the last period must have a length");
		}
		if (baselineLength < lastLength || before + last == 0) {
			return null;
		}
		double share = lastLength / (baselineLength + lastLength);
		double p = new BinomialDistribution(before + last, share).cumulativeProbability(last);
		double perPeriod = before * lastLength / baselineLength;
		return new RateDrop(last, perPeriod, p, last < perPeriod && p < LEVEL);
	}
}
