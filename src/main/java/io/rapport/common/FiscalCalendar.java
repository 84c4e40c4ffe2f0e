package io.rapport.common;

import java.time.LocalDate;

/**
 * A vendor's fiscal calendar: the month its fiscal year starts in. Fiscal year {@code Y} ends in
 * calendar year {@code Y}; with a January start the fiscal and calendar years coincide.
 */
public record FiscalCalendar(int startMonth) {

	public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);

	public FiscalCalendar {
		if (startMonth < 1 || startMonth > 12) {
			throw new IllegalArgumentException("A fiscal year starts in month 1 to 12, not " + startMonth);
		}
	}

	/** The fiscal quarter that contains the given day. */
	public Quarter quarterOf(LocalDate day) {
		int monthsIntoYear = Math.floorMod(day.getMonthValue() - startMonth, 12);
		int fiscalYear = startMonth == 1 || day.getMonthValue() < startMonth ? day.getYear() : day.getYear() + 1;
		return new Quarter(fiscalYear, monthsIntoYear / 3 + 1);
	}

	/** First day of the given fiscal quarter. */
	public LocalDate startOf(Quarter quarter) {
		int firstCalendarYear = startMonth == 1 ? quarter.fiscalYear() : quarter.fiscalYear() - 1;
		return LocalDate.of(firstCalendarYear, startMonth, 1).plusMonths(3L * (quarter.number() - 1));
	}
}
