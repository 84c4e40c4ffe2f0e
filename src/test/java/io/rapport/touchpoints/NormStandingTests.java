package io.rapport.touchpoints;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NormStandingTests {

	@Test
	void countsTheDaysGoneByOfAPeriodTodayIncluded() {
		LocalDate first = LocalDate.of(2026, 10, 1);
		LocalDate last = LocalDate.of(2026, 12, 31);
		assertThat(CadenceNorms.elapsed(first, last, LocalDate.of(2026, 9, 30))).isZero();
		assertThat(CadenceNorms.elapsed(first, last, first)).isCloseTo(1 / 92d, within(1e-9));
		assertThat(CadenceNorms.elapsed(first, last, LocalDate.of(2026, 11, 15))).isCloseTo(46 / 92d, within(1e-9));
		assertThat(CadenceNorms.elapsed(first, last, last)).isEqualTo(1);
		assertThat(CadenceNorms.elapsed(first, last, LocalDate.of(2027, 1, 1))).isEqualTo(1);
	}
}
