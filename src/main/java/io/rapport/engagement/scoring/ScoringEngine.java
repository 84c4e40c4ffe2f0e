package io.rapport.engagement.scoring;

import io.rapport.engagement.Normalization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Turns the raw indicator values of one programme's partnerships into explained 0–100 scores
 * (DESIGN §2, the composite-indicator method).
 *
 * <p>Design notes. Normalised values do not depend on the weights, so they are computed once
 * (percentiles by one sort per indicator) and each weighting — the vendor's own and every random
 * perturbation of it — only recombines them. A missing indicator is left out and the weights of
 * the present ones are renormalised to sum to one, so a partnership is never punished for data
 * nobody collected; the share of weight that had data is reported as coverage instead. The
 * contribution of an indicator is its renormalised weight × its normalised value × 100, so the
 * contributions add up to the score exactly. Ranks use competition ranking (1, 2, 2, 4).
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	/**
	 * Scores every subject.
	 * @param raw subject → (indicator key → raw value); a key that is absent or NaN is missing
	 * @param weights non-negative weight per indicator key; keys without a weight weigh zero
	 * @throws IllegalArgumentException for a negative weight or a weight for an unknown indicator
	 */
	public static <S> Map<S, Score> score(Map<S, Map<String, Double>> raw, List<IndicatorSpec> specs, Map<String, Double> weights) {
		Matrix<S> matrix = Matrix.of(raw, specs);
		double[] w = weightVector(specs, weights);
		Map<S, Score> scores = new LinkedHashMap<>();
		for (int i = 0; i < matrix.subjects.size(); i++) {
			scores.put(matrix.subjects.get(i), matrix.explain(i, w));
		}
		return scores;
	}

	/**
	 * Scores and ranks every subject, with each rank's interval under random weights: each weight
	 * multiplied by an independent factor drawn uniformly from [1 − spread, 1 + spread].
	 * @param draws how many perturbed weightings; at least 1
	 * @param seed the same seed gives the same intervals
	 */
	public static <S> Map<S, RankedScore> rank(Map<S, Map<String, Double>> raw, List<IndicatorSpec> specs,
			Map<String, Double> weights, int draws, double spread, long seed) {
		return ranked(raw, specs, weights, draws, spread, seed, null);
	}

	/**
	 * Scores and ranks only the chosen subjects among all of them, exactly as {@link #rank(Map, List,
	 * Map, int, double, long)} would rank them with the same seed: every subject's raw values still
	 * decide the percentiles and the ranks, but only the chosen ones are explained and placed. A
	 * changed partnership is rescored this way in milliseconds instead of re-placing thousands.
	 */
	public static <S> Map<S, RankedScore> rankOnly(Map<S, Map<String, Double>> raw, List<IndicatorSpec> specs,
			Map<String, Double> weights, int draws, double spread, long seed, Set<S> chosen) {
		return ranked(raw, specs, weights, draws, spread, seed, Objects.requireNonNull(chosen));
	}

	private static <S> Map<S, RankedScore> ranked(Map<S, Map<String, Double>> raw, List<IndicatorSpec> specs,
			Map<String, Double> weights, int draws, double spread, long seed, Set<S> chosen) {
		if (draws < 1) {
			throw new IllegalArgumentException("Rank intervals need at least one draw");
		}
		if (spread < 0 || spread > 1) {
			throw new IllegalArgumentException("The spread of the weights must lie between 0 and 1");
		}
		Matrix<S> matrix = Matrix.of(raw, specs);
		double[] w = weightVector(specs, weights);
		int n = matrix.subjects.size();
		int[] placed = chosen == null ? null
				: IntStream.range(0, n).filter(i -> chosen.contains(matrix.subjects.get(i))).toArray();
		int m = placed == null ? n : placed.length;
		double[] scores = new double[n];
		int[] rank = ranksOf(matrix, w, scores, placed);
		int[][] drawn = new int[m][draws];
		SplittableRandom random = new SplittableRandom(seed);
		double[] perturbed = new double[w.length];
		for (int d = 0; d < draws; d++) {
			for (int j = 0; j < w.length; j++) {
				perturbed[j] = w[j] * (1 - spread + 2 * spread * random.nextDouble());
			}
			int[] ranks = ranksOf(matrix, perturbed, scores, placed);
			for (int i = 0; i < m; i++) {
				drawn[i][d] = ranks[i];
			}
		}
		Map<S, RankedScore> result = new LinkedHashMap<>();
		int low = (int) Math.ceil(0.05 * draws) - 1;
		int high = (int) Math.ceil(0.95 * draws) - 1;
		for (int i = 0; i < m; i++) {
			int subject = placed == null ? i : placed[i];
			Arrays.sort(drawn[i]);
			result.put(matrix.subjects.get(subject),
					new RankedScore(matrix.explain(subject, w), rank[i], drawn[i][Math.max(low, 0)], drawn[i][high]));
		}
		return result;
	}

	/**
	 * Every subject's score under the weights, into {@code scores}, and the ranks of the placed
	 * subjects (all when {@code placed} is null): one sort for all, one count for a few.
	 */
	private static int[] ranksOf(Matrix<?> matrix, double[] w, double[] scores, int[] placed) {
		for (int i = 0; i < scores.length; i++) {
			scores[i] = matrix.scoreOnly(i, w);
		}
		if (placed == null) {
			return ranks(scores);
		}
		int[] ranks = new int[placed.length];
		for (int p = 0; p < placed.length; p++) {
			double own = scores[placed[p]];
			int higher = 0;
			for (double other : scores) {
				if (other > own) {
					higher++;
				}
			}
			ranks[p] = 1 + higher;
		}
		return ranks;
	}

	/** Competition ranks, highest score first: 1 + the number of strictly higher scores. */
	static int[] ranks(double[] scores) {
		double[] sorted = scores.clone();
		Arrays.sort(sorted);
		int[] ranks = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			ranks[i] = 1 + (scores.length - upperBound(sorted, scores[i]));
		}
		return ranks;
	}

	private static int upperBound(double[] sorted, double value) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] <= value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	private static int lowerBound(double[] sorted, double value) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] < value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	private static double[] weightVector(List<IndicatorSpec> specs, Map<String, Double> weights) {
		double[] w = new double[specs.size()];
		for (Map.Entry<String, Double> weight : weights.entrySet()) {
			int j = indexOf(specs, weight.getKey());
			if (j < 0) {
				throw new IllegalArgumentException("There is no indicator " + weight.getKey() + " to weigh");
			}
			if (weight.getValue() == null || weight.getValue() < 0 || weight.getValue().isNaN()) {
				throw new IllegalArgumentException("The weight of " + weight.getKey() + " must be zero or more");
			}
			w[j] = weight.getValue();
		}
		return w;
	}

	private static int indexOf(List<IndicatorSpec> specs, String key) {
		for (int j = 0; j < specs.size(); j++) {
			if (specs.get(j).key().equals(key)) {
				return j;
			}
		}
		return -1;
	}

	/** Raw and normalised values, subjects by indicators; NaN where missing. */
	private static final class Matrix<S> {

		private final List<S> subjects;

		private final List<IndicatorSpec> specs;

		private final double[][] raw;

		private final double[][] normalized;

		private Matrix(List<S> subjects, List<IndicatorSpec> specs, double[][] raw, double[][] normalized) {
			this.subjects = subjects;
			this.specs = specs;
			this.raw = raw;
			this.normalized = normalized;
		}

		static <S> Matrix<S> of(Map<S, Map<String, Double>> values, List<IndicatorSpec> specs) {
			List<S> subjects = new ArrayList<>(values.keySet());
			int n = subjects.size();
			int k = specs.size();
			double[][] raw = new double[n][k];
			double[][] normalized = new double[n][k];
			for (int i = 0; i < n; i++) {
				Map<String, Double> row = values.get(subjects.get(i));
				for (int j = 0; j < k; j++) {
					Double value = row == null ? null : row.get(specs.get(j).key());
					raw[i][j] = value == null ? Double.NaN : value;
				}
			}
			for (int j = 0; j < k; j++) {
				IndicatorSpec spec = specs.get(j);
				if (spec.normalization() == Normalization.NORM) {
					for (int i = 0; i < n; i++) {
						normalized[i][j] = againstNorm(raw[i][j], spec);
					}
				}
				else {
					percentiles(raw, normalized, j, spec.higherIsBetter());
				}
			}
			return new Matrix<>(subjects, specs, raw, normalized);
		}

		private static double againstNorm(double value, IndicatorSpec spec) {
			if (Double.isNaN(value)) {
				return Double.NaN;
			}
			if (spec.higherIsBetter()) {
				return value <= 0 ? 0 : Math.min(value / spec.target(), 1);
			}
			return value <= spec.target() ? 1 : spec.target() / value;
		}

		private static void percentiles(double[][] raw, double[][] normalized, int j, boolean higherIsBetter) {
			double[] present = Arrays.stream(raw).mapToDouble(row -> row[j]).filter(v -> !Double.isNaN(v)).sorted().toArray();
			int m = present.length;
			for (int i = 0; i < raw.length; i++) {
				double value = raw[i][j];
				if (Double.isNaN(value)) {
					normalized[i][j] = Double.NaN;
					continue;
				}
				double p;
				if (m == 1) {
					p = 0.5;
				}
				else {
					int lower = lowerBound(present, value);
					int equal = upperBound(present, value) - lower;
					p = (lower + 0.5 * (equal - 1)) / (m - 1);
				}
				normalized[i][j] = higherIsBetter ? p : 1 - p;
			}
		}

		double scoreOnly(int i, double[] w) {
			double present = 0;
			double sum = 0;
			for (int j = 0; j < w.length; j++) {
				double value = normalized[i][j];
				if (!Double.isNaN(value)) {
					present += w[j];
					sum += w[j] * value;
				}
			}
			return present == 0 ? 0 : 100 * sum / present;
		}

		Score explain(int i, double[] w) {
			double total = 0;
			double present = 0;
			boolean any = false;
			for (int j = 0; j < w.length; j++) {
				total += w[j];
				if (!Double.isNaN(normalized[i][j])) {
					present += w[j];
					any = true;
				}
			}
			if (!any) {
				return Score.EMPTY;
			}
			List<IndicatorScore> parts = new ArrayList<>();
			double score = 0;
			for (int j = 0; j < w.length; j++) {
				double value = normalized[i][j];
				if (Double.isNaN(value)) {
					continue;
				}
				double weight = present == 0 ? 0 : w[j] / present;
				double contribution = 100 * weight * value;
				score += contribution;
				parts.add(new IndicatorScore(specs.get(j).key(), raw[i][j], value, weight, contribution));
			}
			return new Score(score, total == 0 ? 0 : present / total, List.copyOf(parts));
		}
	}
}
