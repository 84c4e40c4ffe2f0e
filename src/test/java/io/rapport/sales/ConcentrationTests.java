package io.rapport.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rapport.common.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConcentrationTests {

	private static List<BigDecimal> revenues(long... values) {
		List<BigDecimal> list = new ArrayList<>();
		for (long value : values) {
			list.add(BigDecimal.valueOf(value));
		}
		return list;
	}

	@Test
	void measuresAnUnevenProgrammeByHand() {
		// x = 1, 2, 3, 4; Σ(2i − n − 1)·x_i = −3 − 2 + 3 + 12 = 10; Gini = 10 / (4 · 10) = 0.25.
		Concentration c = Concentration.of(revenues(3, 1, 4, 2), "PLN");
		assertThat(c.partnerships()).isEqualTo(4);
		assertThat(c.revenue()).isEqualTo(Money.of("10", "PLN"));
		assertThat(c.gini()).isEqualTo(0.25);
		// ⌈0.2 · 4⌉ = 1 partnership: 4 of 10.
		assertThat(c.top20Share()).isEqualTo(0.4);
		// Shares 10, 20, 30, 40 %: 100 + 400 + 900 + 1600.
		assertThat(c.hhi()).isCloseTo(3000, within(1e-6));
		assertThat(c.lorenz()).containsExactly(new Concentration.LorenzPoint(0, 0), new Concentration.LorenzPoint(0.25, 0.1),
				new Concentration.LorenzPoint(0.5, 0.3), new Concentration.LorenzPoint(0.75, 0.6),
				new Concentration.LorenzPoint(1, 1));
	}

	@Test
	void findsNoConcentrationWhenAllSellTheSame() {
		Concentration c = Concentration.of(revenues(10, 10, 10, 10, 10), "PLN");
		assertThat(c.gini()).isZero();
		assertThat(c.top20Share()).isEqualTo(0.2);
		assertThat(c.hhi()).isCloseTo(2000, within(1e-6));
	}

	@Test
	void findsTheMostConcentrationWhenOneSellsEverything() {
		Concentration c = Concentration.of(revenues(0, 0, 100, 0, 0), "PLN");
		assertThat(c.gini()).isEqualTo(0.8);
		assertThat(c.top20Share()).isEqualTo(1.0);
		assertThat(c.hhi()).isCloseTo(10_000, within(1e-6));
		assertThat(c.lorenz().get(4)).isEqualTo(new Concentration.LorenzPoint(0.8, 0));
	}

	@Test
	void answersAPeriodWithoutSalesWithoutDividingByZero() {
		Concentration c = Concentration.of(revenues(0, 0, 0), "PLN");
		assertThat(c.gini()).isZero();
		assertThat(c.top20Share()).isZero();
		assertThat(c.hhi()).isZero();
		assertThat(c.lorenz()).containsExactly(new Concentration.LorenzPoint(0, 0), new Concentration.LorenzPoint(1, 1));

		Concentration none = Concentration.of(List.of(), "PLN");
		assertThat(none.partnerships()).isZero();
		assertThat(none.lorenz()).isEmpty();
	}

	@Test
	void keepsExactDecimals() {
		Concentration c = Concentration.of(List.of(new BigDecimal("0.10"), new BigDecimal("0.20")), "PLN");
		assertThat(c.revenue().amount()).isEqualByComparingTo("0.30");
		// Σ(2i − 3)·x_i = −0.10 + 0.20 = 0.10; / (2 · 0.30) = 1/6.
		assertThat(c.gini()).isEqualTo(0.166667);
	}

	@Test
	void samplesTheLorenzCurveOfALargeProgrammeAtExactPoints() {
		List<BigDecimal> many = new ArrayList<>(Collections.nCopies(999, BigDecimal.ONE));
		many.add(BigDecimal.valueOf(1001));
		Concentration c = Concentration.of(many, "EUR");
		assertThat(c.lorenz()).hasSize(Concentration.MAX_LORENZ_POINTS + 1);
		assertThat(c.lorenz().get(0)).isEqualTo(new Concentration.LorenzPoint(0, 0));
		assertThat(c.lorenz().get(100)).isEqualTo(new Concentration.LorenzPoint(0.5, 0.25));
		assertThat(c.lorenz().get(200)).isEqualTo(new Concentration.LorenzPoint(1, 1));
		// ⌈0.2 · 1000⌉ = 200 partnerships: 1001 + 199 of 2000.
		assertThat(c.top20Share()).isEqualTo(0.6);
	}
}
