package io.rapport.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	private final FiscalCalendar july = new FiscalCalendar(7);

	private final LocalDate today = LocalDate.of(2026, 11, 23);

	@Test
	void readsFiscalQuartersInTheVendorsCalendar() {
		Period period = Period.parse("2027-Q1", "2027-Q2", july, today);
		assertThat(period).isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
		assertThat(period.alignsWithQuarters(july)).isTrue();
	}

	@Test
	void readsDatesAndMixesThemWithQuarters() {
		Period period = Period.parse("2026-08-15", "2027-Q2", july, today);
		assertThat(period.from()).isEqualTo(LocalDate.of(2026, 8, 15));
		assertThat(period.alignsWithQuarters(july)).isFalse();
	}

	@Test
	void defaultsToTheLastFourFiscalQuarters() {
		Period period = Period.parse(null, "", july, today);
		// Today lies in FY2027 Q2 (October–December 2026).
		assertThat(period).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
	}

	@Test
	void comparesQuartersWithThePreviousQuartersAndTheSameQuartersAYearBefore() {
		Period q = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
		assertThat(q.previous(july)).isEqualTo(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
		assertThat(q.yearBefore(july)).isEqualTo(new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
		Period half = Period.parse("2027-Q1", "2027-Q2", july, today);
		assertThat(half.previous(july)).isEqualTo(Period.parse("2026-Q3", "2026-Q4", july, today));
		// A fiscal year starting in March ends on the last day of February, leap or not.
		FiscalCalendar march = new FiscalCalendar(3);
		Period leapQuarter = Period.parse("2024-Q4", "2024-Q4", march, today);
		assertThat(leapQuarter.to()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Period.parse("2025-Q4", "2025-Q4", march, today).yearBefore(march)).isEqualTo(leapQuarter);
	}

	@Test
	void comparesOtherPeriodsDayForDay() {
		Period tenDays = new Period(LocalDate.of(2026, 8, 11), LocalDate.of(2026, 8, 20));
		assertThat(tenDays.previous(july)).isEqualTo(new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 10)));
		assertThat(tenDays.yearBefore(july).from()).isEqualTo(LocalDate.of(2025, 8, 11));
	}

	@Test
	void explainsWhatItCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("last year", null, july, today))
			.withMessageContaining("neither a date");
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2026-09-01", "2026-08-01", july, today))
			.withMessageContaining("ends");
	}
}
