package io.rapport.common.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.ibm.icu.math.BigDecimal;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import io.rapport.common.Money;

/**
 * How a page writes numbers, money and dates in the reader's language: Polish with a decimal
 * comma, a (non-breaking) space between thousands and {@code 03.12.2026}; English with a decimal
 * point, commas between thousands and ISO dates. The API never goes through here: it stays ISO.
 *
 * <p>Numbers follow CLDR through ICU, as the browser's {@code Intl.NumberFormat} does for charts,
 * so a figure reads the same in a table and in a chart (Polish leaves a four-digit number
 * ungrouped: {@code 1234}, {@code 12 345}).
 */
public final class LocaleFormats {

	private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter POLISH_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private LocaleFormats() {
	}

	/** A number with between {@code minDecimals} and {@code maxDecimals} decimals, rounded half up; "" for null. */
	public static String number(Number value, int minDecimals, int maxDecimals, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
		format.setMinimumFractionDigits(minDecimals);
		format.setMaximumFractionDigits(maxDecimals);
		format.setRoundingMode(BigDecimal.ROUND_HALF_UP);
		return format.format(value);
	}

	/** A share (0.125) as a percentage with that many decimals ({@code 12.5%}, {@code 12,5%}); "" for null. */
	public static String percent(Number share, int decimals, Locale locale) {
		if (share == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(ULocale.forLocale(locale));
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(BigDecimal.ROUND_HALF_UP);
		return format.format(share);
	}

	/** An amount followed by its currency ({@code 12,345 PLN}, {@code 12 345 PLN}); "" for null. */
	public static String money(Money money, int decimals, Locale locale) {
		if (money == null) {
			return "";
		}
		String amount = number(money.amount(), decimals, decimals, locale);
		return amount + "\u00A0" + money.currency();
	}

	/** A day: {@code 03.12.2026} in Polish, {@code 2026-12-03} in English; "" for null. */
	public static String date(LocalDate day, Locale locale) {
		if (day == null) {
			return "";
		}
		return isPolish(locale) ? POLISH_DATE.format(day) : day.toString();
	}

	/**
	 * A moment to the minute, in the zone given (an {@link Instant} needs one; a zoned or offset time
	 * is moved into it, a local one is taken as it is); "" for null.
	 */
	public static String dateTime(TemporalAccessor moment, ZoneId zone, Locale locale) {
		if (moment == null) {
			return "";
		}
		LocalDateTime local;
		if (moment instanceof Instant instant) {
			local = LocalDateTime.ofInstant(instant, zone == null ? ZoneId.of("UTC") : zone);
		}
		else if (moment instanceof ZonedDateTime zoned) {
			local = zone == null ? zoned.toLocalDateTime() : zoned.withZoneSameInstant(zone).toLocalDateTime();
		}
		else if (moment instanceof OffsetDateTime offset) {
			local = zone == null ? offset.toLocalDateTime() : offset.atZoneSameInstant(zone).toLocalDateTime();
		}
		else if (moment instanceof LocalDate day) {
			return date(day, locale);
		}
		else {
			local = LocalDateTime.from(moment);
		}
		return (isPolish(locale) ? POLISH_DATE_TIME : ISO_DATE_TIME).format(local);
	}

	private static boolean isPolish(Locale locale) {
		return locale != null && "pl".equals(locale.getLanguage());
	}
}
