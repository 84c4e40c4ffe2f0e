package io.rapport.touchpoints.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.rapport.common.imports.FileRefusedException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
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

	/** The most instances one entry may have in the range (a daily rule over decades is not a calendar to import). */
	public static final int MAX_INSTANCES_PER_ENTRY = 2_000;

	private CalendarFileReader() {
	}

	/**
	 * Every occurrence that starts from {@code from} (inclusive) until {@code to} (exclusive), in file order by entry, instances by time.
	 * The file is streamed through the parser: only ical4j's model of it is held, never a copy of its text.
	 * @param defaultZone for floating times and all-day entries
	 * @throws CalendarFileException when the file is not an iCalendar file or is broken
	 * @throws FileRefusedException when an entry repeats more than {@link #MAX_INSTANCES_PER_ENTRY} times in the range
	 */
	public static List<CalendarOccurrence> read(InputStream ics, Instant from, Instant to, ZoneId defaultZone)
			throws CalendarFileException {
		Calendar calendar;
		UnfoldingInputStream unfolded;
		try {
			BufferedInputStream in = new BufferedInputStream(ics, 1 << 16);
			in.mark(64);
			String head = new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
			in.reset();
			if (!head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
				throw new CalendarFileException("touchpoints.calendar.notCalendar");
			}
			unfolded = new UnfoldingInputStream(in);
			Reader text = new BufferedReader(new InputStreamReader(unfolded, StandardCharsets.UTF_8));
			text.mark(1);
			if (text.read() != '\uFEFF') {
				text.reset();
			}
			try {
				calendar = new CalendarBuilder().build(text);
				unfolded.transferTo(OutputStream.nullOutputStream());
			}
			catch (ParserException | RuntimeException ex) {
				unfolded.transferTo(OutputStream.nullOutputStream());
				if (!unfolded.endsWithEndOfCalendar()) {
					throw new CalendarFileException("touchpoints.calendar.cutShort");
				}
				throw ex instanceof ParserException parser
						? CalendarFileException.caused(ex, "touchpoints.calendar.brokenAt", parser.getLineNo(), ex.getMessage())
						: CalendarFileException.caused(ex, "touchpoints.calendar.broken", ex.getMessage());
			}
		}
		catch (IOException ex) {
			throw CalendarFileException.caused(ex, "touchpoints.calendar.unreadable", ex.getMessage());
		}
		if (!unfolded.endsWithEndOfCalendar()) {
			throw new CalendarFileException("touchpoints.calendar.cutShort");
		}
		Map<String, CalendarSeries> series = new LinkedHashMap<>();
		for (Component component : calendar.getComponents()) {
			if (!"VEVENT".equalsIgnoreCase(component.getName())) {
				continue;
			}
			String uid = value(component, "UID").orElse(null);
			if (uid == null) {
				// Without a UID nothing can tell a re-import from a new entry; derive one from what is there.
				uid = "no-uid:" + value(component, "DTSTART").orElse("") + ":" + value(component, "SUMMARY").orElse("");
			}
			CalendarSeries s = series.computeIfAbsent(uid, CalendarSeries::new);
			Optional<Property> recurrenceId = property(component, "RECURRENCE-ID");
			if (recurrenceId.isPresent()) {
				CalendarMoment original = CalendarMoment.of(recurrenceId.get(), defaultZone);
				s.override(original.instant(), component);
			}
			else {
				s.master(component);
			}
		}
		List<CalendarOccurrence> occurrences = new ArrayList<>();
		for (CalendarSeries s : series.values()) {
			try {
				s.expand(from, to, defaultZone, occurrences);
			}
			catch (IllegalArgumentException | DateTimeException ex) {
				throw CalendarFileException.caused(ex, "touchpoints.calendar.entryUnreadable", s.uid(), ex.getMessage());
			}
		}
		return occurrences;
	}

	/** Joins folded lines — a line break followed by a space or tab — at the byte level. */
	static byte[] unfold(byte[] bytes) {
		try (InputStream in = new UnfoldingInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isDate(Property property, String value) {
		return parameter(property, "VALUE").map(v -> v.equalsIgnoreCase("DATE")).orElse(false) || value.trim().length() == 8;
	}

	static String tzid(Property property) {
		return parameter(property, "TZID").orElse(null);
	}

	static String email(String value) {
		String v = value.trim();
		return (v.regionMatches(true, 0, "mailto:", 0, 7) ? v.substring(7) : v).toLowerCase(Locale.ROOT);
	}

	static Optional<Property> property(Component component, String name) {
		for (Object p : component.getProperties()) {
			Property property = (Property) p;
			if (property.getName().equalsIgnoreCase(name)) {
				return Optional.of(property);
			}
		}
		return Optional.empty();
	}

	static List<Property> properties(Component component, String name) {
		List<Property> found = new ArrayList<>();
		for (Object p : component.getProperties()) {
			Property property = (Property) p;
			if (property.getName().equalsIgnoreCase(name)) {
				found.add(property);
			}
		}
		return found;
	}

	static Optional<String> value(Component component, String name) {
		return property(component, name).map(Property::getValue);
	}

	static Optional<String> parameter(Property property, String name) {
		return property.getParameter(name).map(p -> ((Parameter) p).getValue());
	}
}
