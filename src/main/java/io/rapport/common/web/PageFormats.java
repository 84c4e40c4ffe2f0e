package io.rapport.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import io.rapport.common.Money;
import io.rapport.common.text.LocaleFormats;

/**
 * {@code #fmt} in templates: numbers, shares, money and dates as the reader's language writes
 * them ({@code 1 234,5}, {@code 12,5%}, {@code 12 345 PLN}, {@code 03.12.2026} in Polish). Every
 * figure a page shows goes through here, so a table, a tile and a sentence agree; null is "".
 */
public final class PageFormats {

	private final Locale locale;

	PageFormats(Locale locale) {
		this.locale = locale;
	}

	/** A whole number with thousands separated. */
	public String integer(Number value) {
		return LocaleFormats.number(value, 0, 0, locale);
	}

	/** A number with exactly that many decimals. */
	public String number(Number value, int decimals) {
		return LocaleFormats.number(value, decimals, decimals, locale);
	}

	/** A number with between {@code minDecimals} and {@code maxDecimals} decimals. */
	public String number(Number value, int minDecimals, int maxDecimals) {
		return LocaleFormats.number(value, minDecimals, maxDecimals, locale);
	}

	/** A share (0.125) as a percentage with that many decimals. */
	public String percent(Number share, int decimals) {
		return LocaleFormats.percent(share, decimals, locale);
	}

	/** An amount in whole units followed by its currency. */
	public String money(Money money) {
		return LocaleFormats.money(money, 0, locale);
	}

	/** An amount with that many decimals followed by its currency. */
	public String money(Money money, int decimals) {
		return LocaleFormats.money(money, decimals, locale);
	}

	/** The day of a date, or of a moment (an instant's day in UTC, a zoned or offset time's own). */
	public String date(TemporalAccessor day) {
		if (day == null || day instanceof LocalDate) {
			return LocaleFormats.date((LocalDate) day, locale);
		}
		return LocaleFormats.date(day instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : LocalDate.from(day),
				locale);
	}

	/** A date and time to the minute; a zoned or offset one as it stands, an instant in UTC. */
	public String datetime(TemporalAccessor moment) {
		return LocaleFormats.dateTime(moment, null, locale);
	}

	/** A date and time to the minute, in the zone given (the vendor's, for its people). */
	public String datetime(TemporalAccessor moment, ZoneId zone) {
		return LocaleFormats.dateTime(moment, zone, locale);
	}
}
