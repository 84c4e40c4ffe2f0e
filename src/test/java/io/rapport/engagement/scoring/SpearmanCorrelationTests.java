package io.rapport.engagement.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpearmanCorrelationTests {

	@Test
	void isOneForAnyIncreasingRelationAndMinusOneForADecreasingOne() {
		assertThat(SpearmanCorrelation.of(new double[] { 1, 2, 3, 4 }, new double[] { 1, 8, 27, 64 })).isCloseTo(1, within(1e-12));
		assertThat(SpearmanCorrelation.of(new double[] { 1, 2, 3, 4 }, new double[] { 9, 7, 3, 1 })).isCloseTo(-1, within(1e-12));
	}

	@Test
	void averagesTheRanksOfTies() {
		// x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4. Pearson of the ranks, by hand: 4.5 / sqrt(4.5 × 5) = 0.948683.
		assertThat(SpearmanCorrelation.of(new double[] { 1, 2, 2, 3 }, new double[] { 10, 30, 20, 40 }))
			.isCloseTo(0.9486833, within(1e-6));
		assertThat(SpearmanCorrelation.ranks(new double[] { 5, 1, 5, 3 })).containsExactly(3.5, 1, 3.5, 2);
	}

	@Test
	void isUndefinedWithoutVariationOrPoints() {
		assertThat(SpearmanCorrelation.of(new double[] { 1 }, new double[] { 2 })).isNaN();
		assertThat(SpearmanCorrelation.of(new double[] { 1, 1, 1 }, new double[] { 1, 2, 3 })).isNaN();
	}
}
