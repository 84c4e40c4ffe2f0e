package io.rapport.engagement.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank. */
public final class SpearmanCorrelation {

	private SpearmanCorrelation() {
	}

	/** @return the correlation, or NaN with fewer than two points or when either side does not vary */
	public static double of(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("Both series need the same number of values");
		}
		if (x.length < 2) {
			return Double.NaN;
		}
		return pearson(ranks(x), ranks(y));
	}

	static double[] ranks(double[] values) {
		Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		double[] ranks = new double[values.length];
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			double average = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				ranks[order[k]] = average;
			}
			i = j + 1;
		}
		return ranks;
	}

	private static double pearson(double[] a, double[] b) {
		double meanA = Arrays.stream(a).average().orElse(0);
		double meanB = Arrays.stream(b).average().orElse(0);
		double cov = 0;
		double varA = 0;
		double varB = 0;
		for (int i = 0; i < a.length; i++) {
			cov += (a[i] - meanA) * (b[i] - meanB);
			varA += (a[i] - meanA) * (a[i] - meanA);
			varB += (b[i] - meanB) * (b[i] - meanB);
		}
		return varA == 0 || varB == 0 ? Double.NaN : cov / Math.sqrt(varA * varB);
	}
}
