package io.rapport.common.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rapport.common.Money;
import io.rapport.common.TaxId;

import io.rapport.common.text.TextLimits;
import io.rapport.common.text.Texts;

/**
 * Reads cell texts the way Polish and English spreadsheets write them. Each reader returns the
 * value or throws {@link IllegalArgumentException} with a message meant for the person who will
 * fix the file.
 */
public final class CellValues {

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	private static final Pattern LOCAL_MOMENT = Pattern
		.compile("(\\S+?)[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern DOTTED_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{4})");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private CellValues() {
	}

	/**
	 * An amount written with a decimal comma or point and optional thousands separators (space,
	 * non-breaking space, dot, or comma when the point is decimal): {@code 1 234,56}, {@code 1.234,56},
	 * {@code 1,234.56}, {@code -12,00}.
	 * @param below the amount's magnitude must stay under this (what its column and the sums over it hold)
	 */
	public static BigDecimal amount(String text, int maxDecimals, BigDecimal below) {
		String value = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace(" ", "").replace("'", "");
		boolean hasComma = value.indexOf(',') >= 0;
		boolean hasDot = value.indexOf('.') >= 0;
		if (hasComma && hasDot) {
			// The later of the two marks is the decimal one; the other separates thousands.
			boolean commaDecimal = value.lastIndexOf(',') > value.lastIndexOf('.');
			value = commaDecimal ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
		}
		else if (hasComma) {
			value = value.chars().filter(c -> c == ',').count() > 1 ? value.replace(",", "") : value.replace(',', '.');
		}
		else if (hasDot && value.chars().filter(c -> c == '.').count() > 1) {
			value = value.replace(".", "");
		}
		if (!NUMBER.matcher(value).matches()) {
			throw new CellProblem("import.cell.notAmount", text);
		}
		BigDecimal amount = new BigDecimal(value);
		if (amount.stripTrailingZeros().scale() > maxDecimals) {
			throw new CellProblem("import.cell.decimals", text, maxDecimals);
		}
		if (amount.abs().compareTo(below) >= 0) {
			throw new CellProblem("import.cell.tooLarge", text, below.toPlainString());
		}
		return amount;
	}

	/** A day written {@code 2026-03-31}, {@code 31.03.2026} or {@code 31.3.2026}. */
	public static LocalDate date(String text) {
		Matcher iso = ISO_DATE.matcher(text);
		Matcher dotted = DOTTED_DATE.matcher(text);
		try {
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
			}
			if (dotted.matches()) {
				return LocalDate.of(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
						Integer.parseInt(dotted.group(1)));
			}
		}
		catch (DateTimeException ex) {
			throw new CellProblem("import.cell.notADay", text);
		}
		throw new CellProblem("import.cell.notADate", text);
	}

	/**
	 * A moment written as a date with an optional time ({@code 2026-03-31 14:30}, {@code 2026-03-31T14:30},
	 * {@code 31.03.2026 14:30}, seconds allowed) read in the given zone, or as ISO-8601 with an offset
	 * ({@code 2026-03-31T14:30:00+02:00}, {@code ...Z}). A date alone is the start of that day.
	 */
	public static ZonedDateTime moment(String text, ZoneId zone) {
		String trimmed = text.trim();
		try {
			return OffsetDateTime.parse(trimmed).atZoneSameInstant(zone);
		}
		catch (DateTimeException ex) {
			// Not ISO with an offset: a local date and time follow.
		}
		Matcher withTime = LOCAL_MOMENT.matcher(trimmed);
		if (!withTime.matches()) {
			return date(trimmed).atStartOfDay(zone);
		}
		LocalDate day = date(withTime.group(1));
		try {
			return LocalDateTime.of(day, LocalTime.of(Integer.parseInt(withTime.group(2)), Integer.parseInt(withTime.group(3)),
					withTime.group(4) == null ? 0 : Integer.parseInt(withTime.group(4)))).atZone(zone);
		}
		catch (DateTimeException ex) {
			throw new CellProblem("import.cell.notATime", text);
		}
	}

	/** Yes or no: yes, no, true, false, tak, nie, 1, 0, y, n, t. */
	public static boolean yesNo(String text) {
		return switch (plain(text).toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "tak", "t" -> true;
			case "no", "n", "false", "0", "nie" -> false;
			default -> throw new CellProblem("import.cell.notYesNo", text);
		};
	}

	/** A whole number of at least zero. */
	public static int count(String text) {
		try {
			int value = Integer.parseInt(text.trim().replace(" ", ""));
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// Explained below.
		}
		throw new CellProblem("import.cell.notACount", text);
	}

	/** A month written {@code 2026-03} or {@code 03.2026}; returns its first day. */
	public static LocalDate month(String text) {
		Matcher iso = ISO_MONTH.matcher(text);
		Matcher dotted = DOTTED_MONTH.matcher(text);
		try {
			if (iso.matches()) {
				return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))).atDay(1);
			}
			if (dotted.matches()) {
				return YearMonth.of(Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1))).atDay(1);
			}
		}
		catch (DateTimeException ex) {
			throw new CellProblem("import.cell.notAMonthOfCalendar", text);
		}
		throw new CellProblem("import.cell.notAMonth", text);
	}

	public static String currency(String text) {
		String code = text.trim().toUpperCase(Locale.ROOT);
		if (!Money.CURRENCIES.contains(code)) {
			throw new CellProblem("import.cell.currency", text);
		}
		return code;
	}

	/** A tax id as typed; a Polish NIP (ten digits, or with a PL prefix) must have a valid checksum. */
	public static String taxId(String text) {
		String compact = text.replaceAll("[\\s-]", "");
		boolean polish = compact.toUpperCase(Locale.ROOT).startsWith("PL") || compact.matches("\\d+");
		if (!polish) {
			return compact;
		}
		String digits = compact.replaceFirst("(?i)^PL", "");
		if (!TaxId.isValidNip(digits)) {
			throw new CellProblem("import.cell.nip", text);
		}
		return digits;
	}

	/**
	 * Reads free text that fits its column: at most {@code max} characters (see {@link TextLimits})
	 * and no control character.
	 * @param what the field as a rejection names it ("the title")
	 */
	public static Function<String, String> text(String what, int max) {
		return text(what, max, /* multiLine= */ false);
	}

	/**
	 * Reads free text that fits its column; with {@code multiLine}, tab and line breaks are kept
	 * (a description an ERP exports over several lines).
	 * @param what the field as a rejection names it ("the description")
	 */
	public static Function<String, String> text(String what, int max, boolean multiLine) {
		return text -> {
			String refusal = Texts.refusal(text, max, multiLine, what);
			if (refusal != null) {
				throw new IllegalArgumentException(refusal);
			}
			return text;
		};
	}

	/** Lower-case ASCII with diacritics (ł included) removed: how headers and categories are compared. */
	public static String plain(String text) {
		return Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.trim();
	}

	/**
	 * The canonical name a cell stands for, matched without case, diacritics, spaces or hyphens.
	 * @param names spelling (upper case, {@code _} for spaces) → canonical name
	 * @param what what the cell should be (a term such as {@code import.what.channel}, "a channel"), for the error
	 * @param allowed the values to suggest
	 */
	public static String oneOf(String text, Map<String, String> names, Object what, String allowed) {
		String key = plain(text).toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		String found = names.get(key);
		if (found == null) {
			throw new CellProblem("import.cell.notOneOf", text, what, allowed);
		}
		return found;
	}
}
