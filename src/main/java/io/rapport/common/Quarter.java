package io.rapport.common;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal quarter such as {@code 2026-Q3}. The year is the fiscal year, named after the calendar
 * year in which it ends (a programme whose fiscal year starts in February calls February 2026 to
 * January 2027 "2027"). Which dates a quarter covers depends on the vendor's {@link FiscalCalendar}.
 */
public record Quarter(int fiscalYear, int number) implements Comparable<Quarter> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

	public Quarter {
		if (number < 1 || number > 4) {
			throw new ValueRefusedException("value.quarter.number", number);
		}
		if (fiscalYear < 1900 || fiscalYear > 2999) {
			throw new ValueRefusedException("value.quarter.year", String.valueOf(fiscalYear));
		}
	}

	/**
	 * Parses {@code 2026-Q3} (also {@code 2026Q3}, any case).
	 * @throws IllegalArgumentException when the text is not a quarter
	 */
	public static Quarter parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
		if (!matcher.matches()) {
			throw new ValueRefusedException("value.quarter.text", text);
		}
		return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	public Quarter next() {
		return number == 4 ? new Quarter(fiscalYear + 1, 1) : new Quarter(fiscalYear, number + 1);
	}

	public Quarter previous() {
		return number == 1 ? new Quarter(fiscalYear - 1, 4) : new Quarter(fiscalYear, number - 1);
	}

	/** The same quarter one fiscal year earlier. */
	public Quarter yearBefore() {
		return new Quarter(fiscalYear - 1, number);
	}

	@Override
	public int compareTo(Quarter other) {
		return fiscalYear != other.fiscalYear ? Integer.compare(fiscalYear, other.fiscalYear)
				: Integer.compare(number, other.number);
	}

	@Override
	public String toString() {
		return fiscalYear + "-Q" + number;
	}

	/** First day of this quarter in the given calendar. */
	public LocalDate startIn(FiscalCalendar calendar) {
		return calendar.startOf(this);
	}

	/** Last day (inclusive) of this quarter in the given calendar. */
	public LocalDate endIn(FiscalCalendar calendar) {
		return calendar.startOf(next()).minusDays(1);
	}
}
