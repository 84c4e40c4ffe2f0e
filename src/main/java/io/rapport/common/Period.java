package io.rapport.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;


/**
 * A reporting period: two days, inclusive. Written by a person either as dates ({@code 2026-01-01})
 * or as fiscal quarters of the vendor ({@code 2026-Q1} to {@code 2026-Q2}).
 */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (from == null || to == null) {
			throw new ValueRefusedException("value.period.open");
		}
		if (to.isBefore(from)) {
			throw new ValueRefusedException("value.period.reversed", to, from);
		}
		if (ChronoUnit.DAYS.between(from, to) > 366L * 20) {
			throw new ValueRefusedException("value.period.tooLong");
		}
	}

	/**
	 * Reads {@code from} and {@code to} as dates or quarters; with both missing, the last four
	 * fiscal quarters up to and including the current one.
	 * @throws IllegalArgumentException when a value is neither a date nor a quarter
	 */
	public static Period parse(String from, String to, FiscalCalendar calendar, LocalDate today) {
		boolean noFrom = from == null || from.isBlank();
		boolean noTo = to == null || to.isBlank();
		Quarter current = calendar.quarterOf(today);
		LocalDate end = noTo ? current.endIn(calendar) : bound(to, calendar, false);
		LocalDate start = noFrom ? calendar.quarterOf(end).previous().previous().previous().startIn(calendar)
				: bound(from, calendar, true);
		return new Period(start, end);
	}

	private static LocalDate bound(String text, FiscalCalendar calendar, boolean start) {
		String value = text.trim();
		if (value.toUpperCase().contains("Q")) {
			Quarter quarter = Quarter.parse(value);
			return start ? quarter.startIn(calendar) : quarter.endIn(calendar);
		}
		try {
			return LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ValueRefusedException("value.period.bound", text);
		}
	}

	/**
	 * The period of the same length just before this one: the same number of fiscal quarters when
	 * this period is made of whole quarters, else the same number of days.
	 */
	public Period previous(FiscalCalendar calendar) {
		if (alignsWithQuarters(calendar)) {
			Quarter first = calendar.quarterOf(from);
			Quarter start = first;
			for (Quarter q = first; !q.startIn(calendar).isAfter(to); q = q.next()) {
				start = start.previous();
			}
			return new Period(start.startIn(calendar), from.minusDays(1));
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		return new Period(from.minusDays(days), from.minusDays(1));
	}

	/** The same quarters (or dates) one year earlier. */
	public Period yearBefore(FiscalCalendar calendar) {
		if (alignsWithQuarters(calendar)) {
			return new Period(calendar.quarterOf(from).yearBefore().startIn(calendar),
					calendar.quarterOf(to).yearBefore().endIn(calendar));
		}
		return new Period(from.minusYears(1), to.minusYears(1));
	}

	/** Whether the period is made of whole fiscal quarters, so quarterly aggregates answer it exactly. */
	public boolean alignsWithQuarters(FiscalCalendar calendar) {
		return calendar.quarterOf(from).startIn(calendar).equals(from) && calendar.quarterOf(to).endIn(calendar).equals(to);
	}
}
