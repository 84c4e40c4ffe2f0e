package io.rapport.touchpoints;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A vendor's calendar export becomes touchpoints: partners by e-mail domain, kinds, seniority, idempotent. */
@RapportIntegrationTest
class CalendarImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private Partner acme;

	private ApiClient chief;

	private String vendorDomain;

	private String partnerDomain;

	@BeforeEach
	void aProgramme() {
		programme = programmes.vendor("Calendar Vendor");
		acme = programmes.partner(programme, "Gold", LocalDate.of(2025, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
		vendorDomain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		partnerDomain = acme.adminEmail().substring(acme.adminEmail().indexOf('@') + 1);
	}

	private String calendar() {
		return String.join("\r\n",
				"BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
				"BEGIN:VTIMEZONE", "TZID:Central European Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T030000",
				"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
				"BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100",
				"TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
				// Three weekly meetings with the partner, organised by the chief (an executive).
				"BEGIN:VEVENT", "UID:weekly-1", "DTSTART;TZID=\"Central European Standard Time\":20260303T100000",
				"DTEND;TZID=\"Central European Standard Time\":20260303T110000", "RRULE:FREQ=WEEKLY;COUNT=3",
				"SUMMARY:Spotkanie robocze", "ORGANIZER:mailto:" + programme.chiefEmail(),
				"ATTENDEE;PARTSTAT=ACCEPTED:mailto:jan@" + partnerDomain, "END:VEVENT",
				// An internal meeting: no partner at it.
				"BEGIN:VEVENT", "UID:internal-1", "DTSTART:20260305T090000Z", "SUMMARY:Planowanie budżetu",
				"ORGANIZER:mailto:" + programme.chiefEmail(), "ATTENDEE;PARTSTAT=ACCEPTED:mailto:cfo@" + vendorDomain, "END:VEVENT",
				// The partner conference for the whole channel, typed by its summary.
				"BEGIN:VEVENT", "UID:conference-1", "DTSTART;VALUE=DATE:20260514", "DTEND;VALUE=DATE:20260516",
				"SUMMARY:Konferencja Partnerska 2026", "END:VEVENT",
				// A training the partner asked for, typed by its category.
				"BEGIN:VEVENT", "UID:training-1", "DTSTART:20260320T080000Z", "SUMMARY:Sesja",
				"CATEGORIES:Szkolenie", "ORGANIZER:mailto:ewa@" + partnerDomain,
				"ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + programme.chiefEmail(), "END:VEVENT",
				// Declined by the partner: not a touchpoint.
				"BEGIN:VEVENT", "UID:declined-1", "DTSTART:20260325T080000Z", "SUMMARY:QBR",
				"ORGANIZER:mailto:" + programme.chiefEmail(), "ATTENDEE;PARTSTAT=DECLINED:mailto:jan@" + partnerDomain, "END:VEVENT",
				"END:VCALENDAR", "");
	}

	private ApiClient.Response upload(String ics) {
		return chief.upload("/api/v1/imports/touchpoints?from=2026-01-01&to=2026-12-31", "outlook.ics",
				ics.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void turnsACalendarIntoTouchpointsAndReimportingItChangesNothing() {
		ApiClient.Response first = upload(calendar());
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		// Three weekly meetings, the conference and the training; the internal meeting skipped.
		assertThat(first.json().get("accepted").asLong()).isEqualTo(5);
		assertThat(first.json().get("skipped").asLong()).isEqualTo(1);
		ApiClient.Response again = upload(calendar());
		assertThat(again.json().get("accepted").asLong()).isZero();
		assertThat(again.json().get("unchanged").asLong()).isEqualTo(5);

		JsonNode timeline = chief.get("/api/v1/partnerships/" + acme.partnershipId() + "/touchpoints?from=2026-01-01&to=2026-12-31")
			.json();
		assertThat(timeline.size()).isEqualTo(5);
		JsonNode firstMeeting = timeline.get(timeline.size() - 1);
		assertThat(firstMeeting.get("occurredAt").asString()).isEqualTo("2026-03-03T10:00:00+01:00");
		assertThat(firstMeeting.get("kind").asString()).isEqualTo("CAM_MEETING");
		assertThat(firstMeeting.get("seniority").asString()).isEqualTo("EXECUTIVE");
		assertThat(firstMeeting.get("source").asString()).isEqualTo("CALENDAR");
		assertThat(timeline.toString()).contains("\"kind\":\"PARTNER_CONFERENCE\"", "\"kind\":\"TRAINING\"")
			.doesNotContain("Planowanie budżetu");
		for (JsonNode touchpoint : timeline) {
			if (touchpoint.get("kind").asString().equals("TRAINING")) {
				assertThat(touchpoint.get("direction").asString()).isEqualTo("PARTNER_TO_VENDOR");
			}
			if (touchpoint.get("kind").asString().equals("PARTNER_CONFERENCE")) {
				assertThat(touchpoint.get("channelWide").asBoolean()).isTrue();
			}
		}
	}

	@Test
	void followsAMovedMeetingWithoutDuplicatingIt() {
		upload(calendar());
		String moved = calendar().replace("END:VCALENDAR", String.join("\r\n",
				"BEGIN:VEVENT", "UID:weekly-1", "RECURRENCE-ID;TZID=\"Central European Standard Time\":20260310T100000",
				"DTSTART;TZID=\"Central European Standard Time\":20260311T150000", "SUMMARY:Spotkanie robocze (przeniesione)",
				"ORGANIZER:mailto:" + programme.chiefEmail(), "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jan@" + partnerDomain,
				"END:VEVENT", "END:VCALENDAR"));
		JsonNode report = upload(moved).json();
		assertThat(report.get("corrected").asLong()).isEqualTo(1);
		assertThat(report.get("unchanged").asLong()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from touchpoint where vendor_id = ?").param(programme.vendorId())
			.query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select title from touchpoint where vendor_id = ? and occurred_at = '2026-03-11T14:00:00Z'")
			.param(programme.vendorId()).query(String.class).single()).isEqualTo("Spotkanie robocze (przeniesione)");
	}

	@Test
	void rejectsABrokenCalendarSayingWhy() {
		ApiClient.Response broken = upload("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n");
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.json().get("errors").get(0).get("message").asString()).contains("END:VCALENDAR");
	}

	@Test
	void letsTheVendorSetItsOwnKeywords() {
		ApiClient.Response set = chief.send("PUT", "/api/v1/vendors/" + programme.vendorId() + "/calendar-keywords",
				"{\"robocze\":\"KEY_PARTNER_MEETING\"}");
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		upload(calendar());
		assertThat(jdbc.sql("select distinct kind from touchpoint where vendor_id = ? and title = 'Spotkanie robocze'")
			.param(programme.vendorId()).query(String.class).single()).isEqualTo("KEY_PARTNER_MEETING");
	}
}
