package io.rapport.voice;

import java.util.Arrays;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The survey arithmetic of the issue, kept apart so it can be checked against hand-computed cases.
 *
 * <p>NPS = % promoters (9–10) − % detractors (0–6); its standard error is
 * 100·√((p + d − (p − d)²) / n), the interval ± 1.96 standard errors, clipped to −100..100.
 * A criterion's mean has a Student-t interval (n − 1 degrees of freedom: the samples are small).
 * A change between two waves is significant when the difference exceeds 1.96 of its combined
 * standard error, √(se₁² + se₂²).
 */
public final class VoiceStatistics {

	static final double Z95 = 1.959963984540054;

	private VoiceStatistics() {
	}

	/** NPS of 0–10 answers, with its standard error. */
	public static Nps nps(int[] answers) {
		int n = answers.length;
		if (n == 0) {
			throw new IllegalArgumentException("NPS needs at least one answer");
		}
		long promoters = Arrays.stream(answers).filter(a -> a >= 9).count();
		long detractors = Arrays.stream(answers).filter(a -> a <= 6).count();
		double p = (double) promoters / n;
		double d = (double) detractors / n;
		double score = 100 * (p - d);
		double se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
		return new Nps(score, se, n, clip(score - Z95 * se), clip(score + Z95 * se));
	}

	/** Mean of the values with its 95% Student-t interval; one value has no spread to estimate, so its interval is the value. */
	public static Mean mean(double[] values) {
		int n = values.length;
		if (n == 0) {
			throw new IllegalArgumentException("A mean needs at least one value");
		}
		double mean = Arrays.stream(values).average().orElseThrow();
		if (n == 1) {
			return new Mean(mean, 0, 1, mean, mean);
		}
		double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
		double se = Math.sqrt(ss / (n - 1) / n);
		double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
		return new Mean(mean, se, n, mean - t * se, mean + t * se);
	}

	/**
	 * Each criterion's weight: its mean importance divided by the mean importance over all
	 * criteria, so the weights average one; without any importance given, all weigh one.
	 */
	public static double[] importanceWeights(double[] meanImportance) {
		double[] present = Arrays.stream(meanImportance).filter(v -> !Double.isNaN(v)).toArray();
		double overall = present.length == 0 ? Double.NaN : Arrays.stream(present).average().orElseThrow();
		double[] weights = new double[meanImportance.length];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = Double.isNaN(overall) || Double.isNaN(meanImportance[i]) ? 1 : meanImportance[i] / overall;
		}
		return weights;
	}

	/** The importance-weighted mean of criterion means; criteria without a mean (NaN) are left out. */
	public static double weightedScore(double[] means, double[] weights) {
		double sum = 0;
		double weight = 0;
		for (int i = 0; i < means.length; i++) {
			if (!Double.isNaN(means[i])) {
				sum += weights[i] * means[i];
				weight += weights[i];
			}
		}
		return weight == 0 ? Double.NaN : sum / weight;
	}

	/** Whether two estimates differ by more than chance explains at 95%. */
	public static boolean significantChange(double now, double seNow, double before, double seBefore) {
		double se = Math.sqrt(seNow * seNow + seBefore * seBefore);
		return se == 0 ? now != before : Math.abs(now - before) > Z95 * se;
	}

	private static double clip(double nps) {
		return Math.max(-100, Math.min(100, nps));
	}

	/** @param se standard error, in NPS points */
	public record Nps(double score, double se, int n, double ciLow, double ciHigh) {
	}

	/** @param se standard error of the mean */
	public record Mean(double mean, double se, int n, double ciLow, double ciHigh) {
	}
}
