package io.rapport.touchpoints.importing;

import java.time.Instant;
import java.util.List;

/**
 * One occurrence of a calendar entry: a single meeting, or one instance of a recurring one.
 *
 * @param occurrenceKey stable across re-imports of the same calendar: the UID and the instant the
 *     instance was originally scheduled for (an override keeps the key of the instance it replaces)
 * @param allDay whether the entry takes whole days; its start is then midnight in the default zone
 */
public record CalendarOccurrence(String uid, String occurrenceKey, Instant start, Instant end, boolean allDay,
		String summary, String description, List<String> categories, String organizerEmail,
		List<CalendarAttendee> attendees) {
}
