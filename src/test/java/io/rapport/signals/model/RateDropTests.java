package io.rapport.signals.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RateDropTests {

	@Test
	void findsAQuarterFarBelowTheFourBefore() {
		// 44 before (11 a quarter), 3 last: P(K ≤ 3), K ~ Binomial(47, 1/5)
		// = 0.8^47 + 47·0.2·0.8^46 + 1081·0.04·0.8^45 + 16215·0.008·0.8^44 = 0.009301.
		RateDrop drop = RateDrop.test(44, 52, 3, 13);
		assertThat(drop.perPeriodBefore()).isEqualTo(11);
		assertThat(drop.pValue()).isCloseTo(0.009301, within(1e-6));
		assertThat(drop.dropped()).isTrue();
	}

	@Test
	void leavesAnOrdinaryDipAlone() {
		// 8 against 11 a quarter happens by chance: P(K ≤ 8), K ~ Binomial(52, 1/5) = 0.2618.
		RateDrop dip = RateDrop.test(44, 52, 8, 13);
		assertThat(dip.pValue()).isCloseTo(0.261759, within(1e-6));
		assertThat(dip.dropped()).isFalse();
		assertThat(RateDrop.test(44, 52, 15, 13).dropped()).isFalse();
	}

	@Test
	void needsABaselineAtLeastAsLongAsTheLastPeriodAndSomethingToCompare() {
		assertThat(RateDrop.test(5, 8, 0, 13)).isNull();
		assertThat(RateDrop.test(0, 52, 0, 13)).isNull();
		// A partner who sold 4 times in a year and not last quarter: P = 0.8^4 = 0.41, not a signal.
		assertThat(RateDrop.test(4, 52, 0, 13).pValue()).isCloseTo(0.4096, within(1e-9));
		assertThatThrownBy(() -> RateDrop.test(-1, 52, 0, 13)).isInstanceOf(IllegalArgumentException.class);
	}
}
