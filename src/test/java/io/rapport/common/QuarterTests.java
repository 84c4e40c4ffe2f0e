package io.rapport.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuarterTests {

	@Test
	void parsesAndPrintsTheCanonicalForm() {
		assertThat(Quarter.parse("2026-Q3")).isEqualTo(new Quarter(2026, 3));
		assertThat(Quarter.parse(" 2026q1 ")).hasToString("2026-Q1");
	}

	@Test
	void rejectsTextThatIsNotAQuarter() {
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2026-Q5")).withMessageContaining("2026-Q3");
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("Q3 2026"));
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse(null));
	}

	@Test
	void stepsAcrossFiscalYears() {
		assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
		assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
		assertThat(new Quarter(2026, 2).yearBefore()).isEqualTo(new Quarter(2025, 2));
		assertThat(new Quarter(2025, 4)).isLessThan(new Quarter(2026, 1));
	}

	@Test
	void mapsToCalendarQuartersWhenTheFiscalYearStartsInJanuary() {
		FiscalCalendar calendar = FiscalCalendar.CALENDAR_YEAR;
		assertThat(Quarter.parse("2026-Q3").startIn(calendar)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(Quarter.parse("2026-Q3").endIn(calendar)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(calendar.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
	}

	@Test
	void namesAShiftedFiscalYearAfterTheYearItEndsIn() {
		// A July start: FY2027 runs from 1 July 2026 to 30 June 2027.
		FiscalCalendar july = new FiscalCalendar(7);
		assertThat(july.quarterOf(LocalDate.of(2026, 7, 1))).isEqualTo(new Quarter(2027, 1));
		assertThat(july.quarterOf(LocalDate.of(2026, 6, 30))).isEqualTo(new Quarter(2026, 4));
		assertThat(july.quarterOf(LocalDate.of(2027, 1, 15))).isEqualTo(new Quarter(2027, 3));
		assertThat(new Quarter(2027, 1).startIn(july)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(new Quarter(2027, 4).endIn(july)).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	@Test
	void handlesAFiscalYearStartingInNovember() {
		FiscalCalendar november = new FiscalCalendar(11);
		assertThat(november.quarterOf(LocalDate.of(2026, 11, 23))).isEqualTo(new Quarter(2027, 1));
		assertThat(november.quarterOf(LocalDate.of(2026, 10, 31))).isEqualTo(new Quarter(2026, 4));
		assertThat(new Quarter(2027, 1).endIn(november)).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(new Quarter(2027, 2).startIn(november)).isEqualTo(LocalDate.of(2027, 2, 1));
	}

	@Test
	void everyDayFallsInTheQuarterWhoseRangeContainsIt() {
		for (int startMonth = 1; startMonth <= 12; startMonth++) {
			FiscalCalendar calendar = new FiscalCalendar(startMonth);
			for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2027; day = day.plusDays(1)) {
				Quarter quarter = calendar.quarterOf(day);
				assertThat(day).isBetween(quarter.startIn(calendar), quarter.endIn(calendar));
			}
		}
	}

	@Test
	void rejectsAMonthThatDoesNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FiscalCalendar(13));
		assertThatIllegalArgumentException().isThrownBy(() -> new FiscalCalendar(0));
	}
}
