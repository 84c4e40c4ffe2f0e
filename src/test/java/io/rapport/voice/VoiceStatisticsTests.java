package io.rapport.voice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The survey arithmetic against cases computed by hand. */
class VoiceStatisticsTests {

	@Test
	void netPromoterScoreWithItsStandardErrorAndInterval() {
		// 5 promoters (9–10), 2 passives, 1 detractor of 8: p = 0.625, d = 0.125, NPS = 50;
		// se = 100·√((0.75 − 0.25)/8) = 25; interval 50 ± 1.96·25.
		VoiceStatistics.Nps nps = VoiceStatistics.nps(new int[] { 10, 10, 10, 9, 9, 8, 7, 2 });
		assertThat(nps.score()).isCloseTo(50, within(1e-9));
		assertThat(nps.se()).isCloseTo(25, within(1e-9));
		assertThat(nps.ciLow()).isCloseTo(50 - 1.959964 * 25, within(1e-4));
		assertThat(nps.ciHigh()).isCloseTo(50 + 1.959964 * 25, within(1e-4));
	}

	@Test
	void balancedPromotersAndDetractorsScoreZeroWithTheWidestError() {
		// p = d = 0.4 of 10: NPS 0, se = 100·√(0.8/10) = 28.2843.
		VoiceStatistics.Nps nps = VoiceStatistics.nps(new int[] { 10, 9, 9, 8, 7, 6, 5, 3, 10, 0 });
		assertThat(nps.score()).isCloseTo(0, within(1e-9));
		assertThat(nps.se()).isCloseTo(28.2843, within(1e-4));
		assertThat(nps.ciLow()).isCloseTo(-55.4367, within(1e-3));
	}

	@Test
	void anIntervalNeverLeavesTheScale() {
		VoiceStatistics.Nps nps = VoiceStatistics.nps(new int[] { 10, 10, 10, 10, 9 });
		assertThat(nps.score()).isEqualTo(100);
		assertThat(nps.se()).isZero();
		assertThat(nps.ciHigh()).isEqualTo(100);
		VoiceStatistics.Nps mixed = VoiceStatistics.nps(new int[] { 0, 0, 0, 0, 10 });
		assertThat(mixed.ciLow()).isGreaterThanOrEqualTo(-100);
	}

	@Test
	void meanWithAStudentInterval() {
		// 6..10: mean 8, s = √(10/4) = 1.5811, se = 0.7071, t(4; 0.975) = 2.776445.
		VoiceStatistics.Mean mean = VoiceStatistics.mean(new double[] { 6, 7, 8, 9, 10 });
		assertThat(mean.mean()).isCloseTo(8, within(1e-12));
		assertThat(mean.se()).isCloseTo(0.707107, within(1e-6));
		assertThat(mean.ciLow()).isCloseTo(8 - 2.776445 * 0.707107, within(1e-5));
		assertThat(mean.ciHigh()).isCloseTo(8 + 2.776445 * 0.707107, within(1e-5));
	}

	@Test
	void importanceWeightsAverageOneAndWeighTheScore() {
		// Mean importance 5, 3 and 1; over all criteria 3: weights 5/3, 1, 1/3.
		double[] weights = VoiceStatistics.importanceWeights(new double[] { 5, 3, 1 });
		assertThat(weights).containsExactly(new double[] { 5 / 3d, 1, 1 / 3d }, within(1e-12));
		// (5/3·8 + 1·6 + 1/3·3) / 3 = 6.7778
		assertThat(VoiceStatistics.weightedScore(new double[] { 8, 6, 3 }, weights)).isCloseTo(61 / 9d, within(1e-12));
		// Without any importance given, criteria weigh alike; a criterion without a mean is left out.
		assertThat(VoiceStatistics.importanceWeights(new double[] { Double.NaN, Double.NaN })).containsExactly(1, 1);
		assertThat(VoiceStatistics.weightedScore(new double[] { 8, Double.NaN, 4 }, new double[] { 1, 1, 1 })).isEqualTo(6);
	}

	@Test
	void aChangeIsSignificantOnlyBeyondWhatChanceExplains() {
		// Difference 20, combined se √(25 + 25) = 7.07: 20 > 13.86.
		assertThat(VoiceStatistics.significantChange(60, 5, 40, 5)).isTrue();
		// Difference 50, combined se √(625 + 800) = 37.7: 50 < 74.
		assertThat(VoiceStatistics.significantChange(50, 25, 0, 28.28)).isFalse();
	}

	@Test
	void refusesToEstimateFromNothing() {
		assertThatThrownBy(() -> VoiceStatistics.nps(new int[0])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VoiceStatistics.mean(new double[0])).isInstanceOf(IllegalArgumentException.class);
	}
}
