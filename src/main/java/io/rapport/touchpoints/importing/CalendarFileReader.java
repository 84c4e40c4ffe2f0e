package io.rapport.touchpoints.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * Reads calendar exports — Outlook, Google Calendar, Apple Calendar — into the occurrences that
 * fall in a range, recurring entries expanded. ical4j parses the file; this class reads times
 * itself, because real exports name zones in ways ical4j's registry does not know (Outlook's
 * Windows names above all) and because an occurrence must keep a key that survives re-imports.
 *
 * <p>What counts: cancelled entries and cancelled instances do not; meetings every invitee
 * declined do not; RRULE, RDATE and EXDATE are applied and an instance moved or renamed by a
 * RECURRENCE-ID override is taken in its overridden form. Lines are unfolded as bytes before
 * decoding, so a fold in the middle of a multi-byte character (Outlook folds at 75 octets, not
 * characters) joins back into the right letter.
 */
public final class CalendarFileReader {

	static {
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
		// No network here, and a calendar import must not depend on one.
		System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
	}

	/** A bound against calendars that would expand without end (a daily rule over decades). */
	static final int MAX_INSTANCES_PER_ENTRY = 5_000;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private CalendarFileReader() {
	}

	/**
	 * Every occurrence that starts within [from, to), in file order by entry, instances by time.
	 * @param defaultZone for floating times and all-day entries
	 * @throws CalendarFileException when the file is not an iCalendar file or is broken
	 */
	public static List<CalendarOccurrence> read(InputStream ics, Instant from, Instant to, ZoneId defaultZone)
			throws CalendarFileException {
		String text;
		try {
			text = new String(unfold(ics.readAllBytes()), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new CalendarFileException("The calendar file could not be read: " + ex.getMessage(), ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
			throw new CalendarFileException("This is not an iCalendar file: it should begin with BEGIN:VCALENDAR");
		}
		if (!text.stripTrailing().toUpperCase(Locale.ROOT).endsWith("END:VCALENDAR")) {
			throw new CalendarFileException("The calendar file is cut short: it does not end with END:VCALENDAR");
		}
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException ex) {
			throw new CalendarFileException("The calendar file is broken at line " + ex.getLineNo() + ": " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new CalendarFileException("The calendar file is broken: " + ex.getMessage(), ex);
		}
		Map<String, Series> series = new LinkedHashMap<>();
		for (Component component : calendar.getComponents()) {
			if (!"VEVENT".equalsIgnoreCase(component.getName())) {
				continue;
			}
			String uid = value(component, "UID").orElse(null);
			if (uid == null) {
				// Without a UID nothing can tell a re-import from a new entry; derive one from what is there.
				uid = "no-uid:" + value(component, "DTSTART").orElse("") + ":" + value(component, "SUMMARY").orElse("");
			}
			Series s = series.computeIfAbsent(uid, Series::new);
			Optional<Property> recurrenceId = property(component, "RECURRENCE-ID");
			if (recurrenceId.isPresent()) {
				Moment original = Moment.of(recurrenceId.get(), defaultZone);
				s.overrides.put(original.instant(), component);
			}
			else {
				s.master = component;
			}
		}
		List<CalendarOccurrence> occurrences = new ArrayList<>();
		for (Series s : series.values()) {
			try {
				s.expand(from, to, defaultZone, occurrences);
			}
			catch (IllegalArgumentException | DateTimeException ex) {
				throw new CalendarFileException("The entry " + s.uid + " cannot be read: " + ex.getMessage(), ex);
			}
		}
		return occurrences;
	}

	/** Joins folded lines — a line break followed by a space or tab — at the byte level. */
	static byte[] unfold(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\r' && i + 2 < bytes.length && bytes[i + 1] == '\n' && (bytes[i + 2] == ' ' || bytes[i + 2] == '\t')) {
				i += 2;
				continue;
			}
			if (bytes[i] == '\n' && i + 1 < bytes.length && (bytes[i + 1] == ' ' || bytes[i + 1] == '\t')) {
				i += 1;
				continue;
			}
			out.write(bytes[i]);
		}
		return out.toByteArray();
	}

	/** One UID: the master entry and the instances it overrides, by their original start. */
	private static final class Series {

		private final String uid;

		private Component master;

		private final Map<Instant, Component> overrides = new TreeMap<>();

		Series(String uid) {
			this.uid = uid;
		}

		void expand(Instant from, Instant to, ZoneId defaultZone, List<CalendarOccurrence> out) throws CalendarFileException {
			if (master == null) {
				// Only moved instances were exported: each stands for itself.
				for (Map.Entry<Instant, Component> override : overrides.entrySet()) {
					emit(override.getValue(), override.getKey(), from, to, defaultZone, out);
				}
				return;
			}
			if (cancelled(master)) {
				return;
			}
			Moment start = Moment.of(property(master, "DTSTART")
				.orElseThrow(() -> new CalendarFileException("The entry " + uid + " has no start (DTSTART)")), defaultZone);
			List<Moment> instances = new ArrayList<>();
			instances.add(start);
			Optional<String> rule = value(master, "RRULE");
			if (rule.isPresent()) {
				instances.addAll(start.recur(rule.get(), from, to));
			}
			for (Property rdate : properties(master, "RDATE")) {
				for (String part : rdate.getValue().split(",")) {
					instances.add(Moment.parse(part.split("/")[0], tzid(rdate), start.allDay() || isDate(rdate, part), defaultZone));
				}
			}
			List<Instant> excluded = new ArrayList<>();
			for (Property exdate : properties(master, "EXDATE")) {
				for (String part : exdate.getValue().split(",")) {
					excluded.add(Moment.parse(part, tzid(exdate), start.allDay() || isDate(exdate, part), defaultZone).instant());
				}
			}
			java.util.Set<Instant> seen = new java.util.HashSet<>();
			for (Moment instance : instances) {
				Instant original = instance.instant();
				if (!seen.add(original) || excluded.contains(original)) {
					continue;
				}
				Component override = overrides.get(original);
				if (override != null) {
					emit(override, original, from, to, defaultZone, out);
				}
				else {
					// An instance lasts as long as the entry's first occurrence.
					Duration length = Duration.between(start.instant(), end(master, start, defaultZone));
					emit(master, instance, original, from, to, defaultZone, length, out);
				}
			}
		}

		private void emit(Component component, Instant original, Instant from, Instant to, ZoneId defaultZone,
				List<CalendarOccurrence> out) throws CalendarFileException {
			if (cancelled(component)) {
				return;
			}
			Moment start = Moment.of(property(component, "DTSTART")
				.orElseThrow(() -> new CalendarFileException("An instance of " + uid + " has no start (DTSTART)")), defaultZone);
			emit(component, start, original, from, to, defaultZone,
					Duration.between(start.instant(), end(component, start, defaultZone)), out);
		}

		private void emit(Component component, Moment start, Instant original, Instant from, Instant to, ZoneId defaultZone,
				Duration length, List<CalendarOccurrence> out) {
			Instant begins = start.instant();
			if (begins.isBefore(from) || !begins.isBefore(to)) {
				return;
			}
			String organizer = value(component, "ORGANIZER").map(CalendarFileReader::email).orElse(null);
			List<CalendarAttendee> attendees = new ArrayList<>();
			for (Property attendee : properties(component, "ATTENDEE")) {
				attendees.add(new CalendarAttendee(email(attendee.getValue()),
						parameter(attendee, "PARTSTAT").map(p -> p.toUpperCase(Locale.ROOT)).orElse("NEEDS-ACTION")));
			}
			List<CalendarAttendee> invitees = attendees.stream().filter(a -> !a.email().equals(organizer)).toList();
			if (!invitees.isEmpty() && invitees.stream().allMatch(CalendarAttendee::declined)) {
				return;
			}
			List<String> categories = new ArrayList<>();
			for (Property property : properties(component, "CATEGORIES")) {
				for (String category : property.getValue().split("(?<!\\\\),")) {
					String clean = category.replace("\\,", ",").trim();
					if (!clean.isEmpty()) {
						categories.add(clean);
					}
				}
			}
			out.add(new CalendarOccurrence(uid, uid + "|" + original, begins, begins.plus(length), start.allDay(),
					value(component, "SUMMARY").map(String::trim).orElse(""),
					value(component, "DESCRIPTION").orElse(null), List.copyOf(categories), organizer, List.copyOf(attendees)));
		}

		private static Instant end(Component component, Moment start, ZoneId defaultZone) {
			Optional<Property> dtend = property(component, "DTEND");
			if (dtend.isPresent()) {
				try {
					Instant end = Moment.of(dtend.get(), defaultZone).instant();
					return end.isBefore(start.instant()) ? start.instant() : end;
				}
				catch (CalendarFileException ex) {
					// An unreadable end: fall through to the duration or the default length.
				}
			}
			Optional<String> duration = value(component, "DURATION");
			if (duration.isPresent()) {
				try {
					return start.instant().plus(Duration.parse(duration.get().trim()));
				}
				catch (DateTimeException ex) {
					// Weeks (P1W) are not a Duration's unit; a Period reads them as days.
					return start.instant().plus(Duration.ofDays(java.time.Period.parse(duration.get().trim()).getDays()));
				}
			}
			return start.allDay() ? start.instant().plus(Duration.ofDays(1)) : start.instant();
		}

		private static boolean cancelled(Component component) {
			return value(component, "STATUS").map(s -> s.trim().equalsIgnoreCase("CANCELLED")).orElse(false);
		}
	}

	/** A start read from a calendar: a date (all-day) or a date-time placed in its zone. */
	private record Moment(Temporal value, boolean allDay, ZoneId zone) {

		static Moment of(Property property, ZoneId defaultZone) throws CalendarFileException {
			try {
				return parse(property.getValue(), tzid(property), isDate(property, property.getValue()), defaultZone);
			}
			catch (IllegalArgumentException ex) {
				throw new CalendarFileException(property.getName() + ": " + ex.getMessage(), ex);
			}
		}

		static Moment parse(String text, String tzid, boolean date, ZoneId defaultZone) {
			String value = text.trim();
			try {
				if (date || value.length() == 8) {
					return new Moment(LocalDate.parse(value.substring(0, 8), DAY), true, defaultZone);
				}
				if (value.endsWith("Z") || value.endsWith("z")) {
					return new Moment(LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).atZone(ZoneOffset.UTC), false,
							ZoneOffset.UTC);
				}
				ZoneId zone = WindowsZones.resolve(tzid).orElse(defaultZone);
				return new Moment(LocalDateTime.parse(value, LOCAL).atZone(zone), false, zone);
			}
			catch (DateTimeException | StringIndexOutOfBoundsException ex) {
				throw new IllegalArgumentException("\"" + text + "\" is not an iCalendar date or time", ex);
			}
		}

		Instant instant() {
			return value instanceof LocalDate day ? day.atStartOfDay(zone).toInstant() : ((ZonedDateTime) value).toInstant();
		}

		/** The instances a rule adds within the range, this start excluded. */
		List<Moment> recur(String rule, Instant from, Instant to) {
			List<Moment> instances = new ArrayList<>();
			if (value instanceof LocalDate day) {
				Recur<LocalDate> recur = new Recur<>(rule);
				for (LocalDate date : recur.getDates(day, day, LocalDate.ofInstant(to, zone).plusDays(1), MAX_INSTANCES_PER_ENTRY)) {
					if (!date.equals(day)) {
						instances.add(new Moment(date, true, zone));
					}
				}
				return instances;
			}
			ZonedDateTime seed = (ZonedDateTime) value;
			Recur<ZonedDateTime> recur = new Recur<>(rule);
			for (ZonedDateTime time : recur.getDates(seed, seed, to.atZone(zone).plusDays(1), MAX_INSTANCES_PER_ENTRY)) {
				if (!time.toInstant().equals(seed.toInstant())) {
					instances.add(new Moment(time, false, zone));
				}
			}
			return instances;
		}
	}

	private static boolean isDate(Property property, String value) {
		return parameter(property, "VALUE").map(v -> v.equalsIgnoreCase("DATE")).orElse(false) || value.trim().length() == 8;
	}

	private static String tzid(Property property) {
		return parameter(property, "TZID").orElse(null);
	}

	private static String email(String value) {
		String v = value.trim();
		return (v.regionMatches(true, 0, "mailto:", 0, 7) ? v.substring(7) : v).toLowerCase(Locale.ROOT);
	}

	private static Optional<Property> property(Component component, String name) {
		for (Object p : component.getProperties()) {
			Property property = (Property) p;
			if (property.getName().equalsIgnoreCase(name)) {
				return Optional.of(property);
			}
		}
		return Optional.empty();
	}

	private static List<Property> properties(Component component, String name) {
		List<Property> found = new ArrayList<>();
		for (Object p : component.getProperties()) {
			Property property = (Property) p;
			if (property.getName().equalsIgnoreCase(name)) {
				found.add(property);
			}
		}
		return found;
	}

	private static Optional<String> value(Component component, String name) {
		return property(component, name).map(Property::getValue);
	}

	private static Optional<String> parameter(Property property, String name) {
		return property.getParameter(name).map(p -> ((Parameter) p).getValue());
	}
}
