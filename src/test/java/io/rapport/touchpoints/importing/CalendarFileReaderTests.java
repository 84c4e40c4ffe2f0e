package io.rapport.touchpoints.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarFileReaderTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

	private static List<CalendarOccurrence> read(String file) throws Exception {
		try (InputStream in = CalendarFileReaderTests.class.getResourceAsStream("/ics/" + file)) {
			return CalendarFileReader.read(in, FROM, TO, WARSAW);
		}
	}

	@Test
	void expandsAnOutlookWeeklySeriesInItsWindowsZoneAcrossTheDaylightSavingChange() throws Exception {
		List<CalendarOccurrence> qbr = read("outlook-recurring.ics");
		// Six Tuesdays from 3 March; 17 March excluded, 24 March moved to 14:00, 31 March cancelled.
		assertThat(qbr).extracting(CalendarOccurrence::start).containsExactly(
				Instant.parse("2026-03-03T09:00:00Z"), Instant.parse("2026-03-10T09:00:00Z"),
				Instant.parse("2026-03-24T13:00:00Z"), Instant.parse("2026-04-07T08:00:00Z"));
		assertThat(qbr.get(3).end()).isEqualTo(Instant.parse("2026-04-07T09:00:00Z"));
	}

	@Test
	void takesAnOverriddenInstanceInItsNewFormUnderTheKeyOfTheInstanceItReplaces() throws Exception {
		CalendarOccurrence moved = read("outlook-recurring.ics").get(2);
		assertThat(moved.summary()).isEqualTo("Przegląd przeniesiony");
		assertThat(moved.occurrenceKey()).endsWith("|2026-03-24T09:00:00Z");
		assertThat(moved.occurrenceKey()).startsWith(moved.uid() + "|");
	}

	@Test
	void joinsLinesFoldedInsideAPolishLetterAndUnescapesText() throws Exception {
		CalendarOccurrence first = read("outlook-recurring.ics").get(0);
		assertThat(first.summary()).isEqualTo(
				"Spotkanie z partnerem 2 – żółć gęślą jaźń – przegląd kwartalny sprzedaży i planów na kolejny kwartał");
		assertThat(first.description()).isEqualTo("Agenda: wyniki, pipeline; plan na Q2\nDruga linia\\koniec");
		assertThat(first.organizerEmail()).isEqualTo("anna.nowak@helix.example");
		assertThat(first.attendees()).containsExactly(new CalendarAttendee("jan.kowalski@rysy-sikora.pl", "ACCEPTED"));
		assertThat(first.categories()).containsExactly("QBR");
	}

	@Test
	void expandsAGoogleMonthlyRuleWithAnExtraDateInAnIanaZone() throws Exception {
		List<CalendarOccurrence> webinars = read("google-monthly.ics").stream()
			.filter(o -> o.uid().equals("5f3e1c2a9b@google.com")).toList();
		// Second Tuesdays January to June, 9:00 Warsaw, and the extra 20 March at noon.
		assertThat(webinars).extracting(CalendarOccurrence::start).containsExactlyInAnyOrder(
				Instant.parse("2026-01-13T08:00:00Z"), Instant.parse("2026-02-10T08:00:00Z"),
				Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-20T11:00:00Z"),
				Instant.parse("2026-04-14T07:00:00Z"), Instant.parse("2026-05-12T07:00:00Z"),
				Instant.parse("2026-06-09T07:00:00Z"));
		assertThat(webinars.get(0).categories()).containsExactly("Webinar", "Partnerzy", "Kanał");
		assertThat(webinars.get(0).attendees().get(0).email()).isEqualTo("jan.kowalski@rysy-sikora.pl");
	}

	@Test
	void leavesOutMeetingsEveryInviteeDeclinedButKeepsThoseSomeoneMayAttend() throws Exception {
		List<String> uids = read("google-monthly.ics").stream().map(CalendarOccurrence::uid).distinct().toList();
		assertThat(uids).contains("half-declined@google.com").doesNotContain("declined-1@google.com");
	}

	@Test
	void readsAllDayFloatingAndUtcEntriesAndSkipsCancelledOnes() throws Exception {
		List<CalendarOccurrence> apple = read("apple-allday.ics");
		assertThat(apple).extracting(CalendarOccurrence::uid)
			.containsExactly("A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF", "floating-1@apple", "utc-1@apple");
		CalendarOccurrence conference = apple.get(0);
		assertThat(conference.allDay()).isTrue();
		assertThat(conference.start()).isEqualTo(Instant.parse("2026-05-13T22:00:00Z"));
		assertThat(conference.end()).isEqualTo(Instant.parse("2026-05-15T22:00:00Z"));
		assertThat(apple.get(1).start()).isEqualTo(Instant.parse("2026-04-02T06:30:00Z"));
		assertThat(apple.get(1).summary()).isEqualTo("Śniadanie z prasą");
		assertThat(apple.get(2).end()).isEqualTo(Instant.parse("2026-04-03T07:45:00Z"));
	}

	@Test
	void expandsOnlyWithinTheRange() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/ics/google-monthly.ics")) {
			List<CalendarOccurrence> march = CalendarFileReader.read(in, Instant.parse("2026-03-01T00:00:00Z"),
					Instant.parse("2026-04-01T00:00:00Z"), WARSAW);
			assertThat(march).extracting(CalendarOccurrence::start)
				.containsExactlyInAnyOrder(Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-20T11:00:00Z"));
		}
	}

	@Test
	void givesTheSameKeysWhenTheSameFileIsReadAgain() throws Exception {
		assertThat(read("outlook-recurring.ics")).extracting(CalendarOccurrence::occurrenceKey)
			.containsExactlyElementsOf(read("outlook-recurring.ics").stream().map(CalendarOccurrence::occurrenceKey).toList())
			.doesNotHaveDuplicates();
	}

	@Test
	void refusesFilesThatAreNotCalendarsOrAreCutShort() {
		assertThatThrownBy(() -> read("truncated.ics")).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("END:VCALENDAR");
		assertThatThrownBy(() -> CalendarFileReader.read(
				new ByteArrayInputStream("external_id,type\n1,2\n".getBytes(StandardCharsets.UTF_8)), FROM, TO, WARSAW))
			.isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("not an iCalendar file");
	}

	@Test
	void readsAnEmptyCalendarAsNothing() throws Exception {
		assertThat(read("empty.ics")).isEmpty();
	}

	@Test
	void mapsWindowsAndPrefixedZoneNames() {
		assertThat(WindowsZones.resolve("Central European Standard Time")).contains(WARSAW);
		assertThat(WindowsZones.resolve("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
		assertThat(WindowsZones.resolve("/freeassociation.sourceforge.net/Europe/Warsaw")).contains(WARSAW);
		assertThat(WindowsZones.resolve("Europe/Warsaw")).contains(WARSAW);
		assertThat(WindowsZones.resolve("Somewhere Standard Time")).isEmpty();
	}

	@Test
	void readsALargeCalendarWithADailyRule() throws Exception {
		StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
		for (int i = 0; i < 2000; i++) {
			ics.append("BEGIN:VEVENT\r\nUID:bulk-").append(i).append("\r\nDTSTART:20260105T")
				.append(String.format("%02d", 8 + i % 10)).append("0000Z\r\nSUMMARY:Call ").append(i).append("\r\nEND:VEVENT\r\n");
		}
		ics.append("BEGIN:VEVENT\r\nUID:daily\r\nDTSTART;TZID=Europe/Warsaw:20260101T090000\r\nRRULE:FREQ=DAILY\r\n")
			.append("SUMMARY:Stand-up\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
		List<CalendarOccurrence> all = CalendarFileReader.read(
				new ByteArrayInputStream(ics.toString().getBytes(StandardCharsets.UTF_8)), FROM, TO, WARSAW);
		assertThat(all).hasSize(2000 + 365);
	}
}
