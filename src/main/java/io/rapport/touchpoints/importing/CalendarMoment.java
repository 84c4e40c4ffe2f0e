package io.rapport.touchpoints.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;

/** A start read from a calendar: a date (all-day) or a date-time placed in its zone. */
record CalendarMoment(Temporal value, boolean allDay, ZoneId zone) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	static CalendarMoment of(Property property, ZoneId defaultZone) throws CalendarFileException {
		try {
			return parse(property.getValue(), CalendarFileReader.tzid(property),
					CalendarFileReader.isDate(property, property.getValue()), defaultZone);
		}
		catch (IllegalArgumentException ex) {
			throw CalendarFileException.caused(ex, "touchpoints.calendar.property", property.getName(), ex.getMessage());
		}
	}

	static CalendarMoment parse(String text, String tzid, boolean date, ZoneId defaultZone) {
		String value = text.trim();
		try {
			if (date || value.length() == 8) {
				return new CalendarMoment(LocalDate.parse(value.substring(0, 8), DAY), true, defaultZone);
			}
			if (value.endsWith("Z") || value.endsWith("z")) {
				return new CalendarMoment(LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).atZone(ZoneOffset.UTC), false,
						ZoneOffset.UTC);
			}
			ZoneId zone = WindowsZones.resolve(tzid).orElse(defaultZone);
			return new CalendarMoment(LocalDateTime.parse(value, LOCAL).atZone(zone), false, zone);
		}
		catch (DateTimeException | StringIndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("\"" + text + "\" is not an iCalendar date or time", ex);
		}
	}

	Instant instant() {
		return value instanceof LocalDate day ? day.atStartOfDay(zone).toInstant() : ((ZonedDateTime) value).toInstant();
	}

	/** The instances a rule adds within the range, this start excluded. */
	List<CalendarMoment> recur(String rule, Instant from, Instant to) {
		List<CalendarMoment> instances = new ArrayList<>();
		if (value instanceof LocalDate day) {
			Recur<LocalDate> recur = new Recur<>(rule);
			LocalDate first = LocalDate.ofInstant(from, zone).isAfter(day) ? LocalDate.ofInstant(from, zone) : day;
			for (LocalDate date : recur.getDates(day, first, LocalDate.ofInstant(to, zone).plusDays(1),
					CalendarFileReader.MAX_INSTANCES_PER_ENTRY + 1)) {
				if (!date.equals(day)) {
					instances.add(new CalendarMoment(date, true, zone));
				}
			}
			return instances;
		}
		ZonedDateTime seed = (ZonedDateTime) value;
		Recur<ZonedDateTime> recur = new Recur<>(rule);
		ZonedDateTime first = seed.toInstant().isBefore(from) ? from.atZone(seed.getZone()) : seed;
		for (ZonedDateTime time : recur.getDates(seed, first, to.atZone(zone).plusDays(1),
				CalendarFileReader.MAX_INSTANCES_PER_ENTRY + 1)) {
			if (!time.toInstant().equals(seed.toInstant())) {
				instances.add(new CalendarMoment(time, false, zone));
			}
		}
		return instances;
	}
}
