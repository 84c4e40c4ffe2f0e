package io.rapport.touchpoints.importing;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.rapport.common.imports.FileRefusedException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/** One UID: the master entry and the instances it overrides, by their original start. */
final class CalendarSeries {

	private final String uid;

	private Component master;

	private final Map<Instant, Component> overrides = new TreeMap<>();

	CalendarSeries(String uid) {
		this.uid = uid;
	}

	String uid() {
		return uid;
	}

	void master(Component component) {
		master = component;
	}

	void override(Instant original, Component component) {
		overrides.put(original, component);
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
		CalendarMoment start = CalendarMoment.of(CalendarFileReader.property(master, "DTSTART")
			.orElseThrow(() -> new CalendarFileException("touchpoints.calendar.noStart", uid)), defaultZone);
		List<CalendarMoment> instances = new ArrayList<>();
		instances.add(start);
		Optional<String> rule = CalendarFileReader.value(master, "RRULE");
		if (rule.isPresent()) {
			instances.addAll(start.recur(rule.get(), from, to));
		}
		for (Property rdate : CalendarFileReader.properties(master, "RDATE")) {
			for (String part : rdate.getValue().split(",")) {
				instances.add(CalendarMoment.parse(part.split("/")[0], CalendarFileReader.tzid(rdate), start.allDay() || CalendarFileReader.isDate(rdate, part), defaultZone));
			}
		}
		if (instances.size() > CalendarFileReader.MAX_INSTANCES_PER_ENTRY) {
			String title = CalendarFileReader.value(master, "SUMMARY").map(String::trim).orElse(uid);
			throw new FileRefusedException(FileRefusedException.Reason.TOO_MANY_INSTANCES, 0,
					CalendarFileReader.MAX_INSTANCES_PER_ENTRY, "The entry \"" + title + "\" repeats more than "
							+ CalendarFileReader.MAX_INSTANCES_PER_ENTRY + " times in the range; choose a shorter range");
		}
		List<Instant> excluded = new ArrayList<>();
		for (Property exdate : CalendarFileReader.properties(master, "EXDATE")) {
			for (String part : exdate.getValue().split(",")) {
				excluded.add(CalendarMoment.parse(part, CalendarFileReader.tzid(exdate), start.allDay() || CalendarFileReader.isDate(exdate, part), defaultZone).instant());
			}
		}
		java.util.Set<Instant> seen = new java.util.HashSet<>();
		for (CalendarMoment instance : instances) {
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
		CalendarMoment start = CalendarMoment.of(CalendarFileReader.property(component, "DTSTART")
			.orElseThrow(() -> new CalendarFileException("touchpoints.calendar.instanceNoStart", uid)), defaultZone);
		emit(component, start, original, from, to, defaultZone,
				Duration.between(start.instant(), end(component, start, defaultZone)), out);
	}

	private void emit(Component component, CalendarMoment start, Instant original, Instant from, Instant to, ZoneId defaultZone,
			Duration length, List<CalendarOccurrence> out) {
		Instant begins = start.instant();
		if (begins.isBefore(from) || !begins.isBefore(to)) {
			return;
		}
		String organizer = CalendarFileReader.value(component, "ORGANIZER").map(CalendarFileReader::email).orElse(null);
		List<CalendarAttendee> attendees = new ArrayList<>();
		for (Property attendee : CalendarFileReader.properties(component, "ATTENDEE")) {
			attendees.add(new CalendarAttendee(CalendarFileReader.email(attendee.getValue()),
					CalendarFileReader.parameter(attendee, "PARTSTAT").map(p -> p.toUpperCase(Locale.ROOT)).orElse("NEEDS-ACTION")));
		}
		List<CalendarAttendee> invitees = attendees.stream().filter(a -> !a.email().equals(organizer)).toList();
		if (!invitees.isEmpty() && invitees.stream().allMatch(CalendarAttendee::declined)) {
			return;
		}
		List<String> categories = new ArrayList<>();
		for (Property property : CalendarFileReader.properties(component, "CATEGORIES")) {
			for (String category : property.getValue().split("(?<!\\\\),")) {
				String clean = category.replace("\\,", ",").trim();
				if (!clean.isEmpty()) {
					categories.add(clean);
				}
			}
		}
		out.add(new CalendarOccurrence(uid, uid + "|" + original, begins, begins.plus(length), start.allDay(),
				CalendarFileReader.value(component, "SUMMARY").map(String::trim).orElse(""),
				CalendarFileReader.value(component, "DESCRIPTION").orElse(null), List.copyOf(categories), organizer, List.copyOf(attendees)));
	}

	private static Instant end(Component component, CalendarMoment start, ZoneId defaultZone) {
		Optional<Property> dtend = CalendarFileReader.property(component, "DTEND");
		if (dtend.isPresent()) {
			try {
				Instant end = CalendarMoment.of(dtend.get(), defaultZone).instant();
				return end.isBefore(start.instant()) ? start.instant() : end;
			}
			catch (CalendarFileException ex) {
				// An unreadable end: fall through to the duration or the default length.
			}
		}
		Optional<String> duration = CalendarFileReader.value(component, "DURATION");
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
		return CalendarFileReader.value(component, "STATUS").map(s -> s.trim().equalsIgnoreCase("CANCELLED")).orElse(false);
	}
}
