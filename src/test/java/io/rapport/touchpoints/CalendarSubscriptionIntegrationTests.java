package io.rapport.touchpoints;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.MovableClock;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import io.rapport.touchpoints.TestCalendarServer.Meeting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, calendars without uploads: a published calendar served by a local HTTP server is
 * subscribed to, synced through the calendar import the upload uses, asked for conditionally the
 * next time, and a failure is recorded as the sync's outcome in the reader's language.
 */
@RapportIntegrationTest
class CalendarSubscriptionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	CalendarSubscriptions subscriptions;

	@Autowired
	MovableClock clock;

	private TestCalendarServer server;

	private Programme programme;

	private ApiClient chief;

	private String vendorDomain;

	private String partnerDomain;

	@BeforeEach
	void aProgrammeAndAPublishedCalendar() {
		server = TestCalendarServer.start();
		programme = programmes.vendor("Calendar Subscription Vendor");
		Partner acme = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
		vendorDomain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		partnerDomain = acme.adminEmail().substring(acme.adminEmail().indexOf('@') + 1);
	}

	@AfterEach
	void stop() {
		server.close();
		clock.reset();
	}

	private static LocalDate daysAgo(int days) {
		return LocalDate.now().minusDays(days);
	}

	private List<Meeting> firstVersion() {
		return List.of(new Meeting("qbr-1", daysAgo(20), "Kwartalny przegląd", "jan@" + partnerDomain),
				new Meeting("workshop-1", daysAgo(10), "Warsztat produktowy", "ewa@" + partnerDomain),
				new Meeting("internal-1", daysAgo(5), "Planowanie budżetu", "cfo@" + vendorDomain));
	}

	private String subscribe(ApiClient client, String body) {
		ApiClient.Response created = client.post("/api/v1/calendar-subscriptions", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode sync(String id) {
		ApiClient.Response synced = chief.post("/api/v1/calendar-subscriptions/" + id + "/sync", "");
		assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
		return synced.json();
	}

	private long touchpoints() {
		return jdbc.sql("select count(*) from touchpoint where vendor_id = ? and source = 'CALENDAR'")
			.param(programme.vendorId()).query(Long.class).single();
	}

	@Test
	void importsAPublishedCalendarThenAsksConditionallyAndImportsOnlyWhatChanged() {
		server.serve(TestCalendarServer.calendar(programme.chiefEmail(), firstVersion()));
		String id = subscribe(chief, "{\"url\":\"" + server.url() + "\"}");

		JsonNode first = sync(id);
		assertThat(first.get("lastResult").asString()).isEqualTo("IMPORTED");
		assertThat(first.get("imported").asInt()).isEqualTo(2);
		assertThat(first.get("updated").asInt()).isZero();
		assertThat(first.get("skipped").asInt()).as("the internal meeting").isEqualTo(1);
		assertThat(first.get("lastSyncAt").isNull()).isFalse();
		// The secret part of the address is never shown.
		assertThat(first.get("url").asString()).isEqualTo("http://127.0.0.1:" + server.url().split(":")[2].split("/")[0] + "/…");
		assertThat(first.toString()).doesNotContain("secret-token");
		assertThat(touchpoints()).isEqualTo(2);
		assertThat(server.conditions()).containsExactly("");

		JsonNode second = sync(id);
		assertThat(second.get("lastResult").asString()).isEqualTo("NOT_MODIFIED");
		assertThat(server.conditions()).containsExactly("", "\"v1\"");
		assertThat(touchpoints()).isEqualTo(2);

		// The QBR is renamed and a meeting is added: one correction, one new touchpoint, nothing doubled.
		server.serve(TestCalendarServer.calendar(programme.chiefEmail(), List.of(
				new Meeting("qbr-1", daysAgo(20), "Kwartalny przegląd Q3", "jan@" + partnerDomain),
				firstVersion().get(1), firstVersion().get(2),
				new Meeting("training-1", daysAgo(3), "Szkolenie certyfikacyjne", "ewa@" + partnerDomain))));
		JsonNode third = sync(id);
		assertThat(third.get("lastResult").asString()).isEqualTo("IMPORTED");
		assertThat(third.get("imported").asInt()).isEqualTo(1);
		assertThat(third.get("updated").asInt()).isEqualTo(1);
		assertThat(third.get("unchanged").asInt()).isEqualTo(1);
		assertThat(server.conditions()).last().isEqualTo("\"v1\"");
		assertThat(touchpoints()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from touchpoint where vendor_id = ? and title = 'Kwartalny przegląd Q3'")
			.param(programme.vendorId()).query(Long.class).single()).isEqualTo(1);

		// It is the upload's import: the same calendar uploaded as a file finds every meeting stored already.
		ApiClient.Response upload = chief.upload("/api/v1/imports/touchpoints", "published.ics",
				TestCalendarServer.calendar(programme.chiefEmail(), List.of(
						new Meeting("qbr-1", daysAgo(20), "Kwartalny przegląd Q3", "jan@" + partnerDomain),
						firstVersion().get(1), new Meeting("training-1", daysAgo(3), "Szkolenie certyfikacyjne",
								"ewa@" + partnerDomain))).getBytes(StandardCharsets.UTF_8));
		assertThat(upload.json().get("accepted").asLong()).as(upload.toString()).isZero();
		assertThat(upload.json().get("unchanged").asLong()).isEqualTo(3);
	}

	@Test
	void recordsAFailingServerAsTheSyncsOutcomeInTheReadersLanguage() throws Exception {
		server.serve(TestCalendarServer.calendar(programme.chiefEmail(), firstVersion()));
		String id = subscribe(chief, "{\"url\":\"" + server.url() + "\"}");
		sync(id);

		server.fail(500);
		JsonNode failed = sync(id);
		assertThat(failed.get("lastResult").asString()).isEqualTo("FAILED");
		assertThat(failed.get("errorCode").asString()).isEqualTo("touchpoints.calendars.error.status");
		assertThat(failed.get("error").asString()).isEqualTo("The calendar server answered with status 500.");
		assertThat(touchpoints()).as("what was imported stays").isEqualTo(2);
		JsonNode inPolish = polish("/api/v1/calendar-subscriptions");
		assertThat(inPolish.get(0).get("error").asString()).isEqualTo("Serwer kalendarza odpowiedział kodem 500.");

		server.fail(404);
		assertThat(sync(id).get("errorCode").asString()).isEqualTo("touchpoints.calendars.error.gone");

		server.serve("<html>Moved to the new calendar</html>");
		JsonNode notCalendar = sync(id);
		assertThat(notCalendar.get("errorCode").asString()).isEqualTo("touchpoints.calendar.notCalendar");
		assertThat(notCalendar.get("error").asString()).contains("not an iCalendar file");

		// A failed sync kept the validators of the calendar last imported.
		assertThat(jdbc.sql("select etag from calendar_subscription where vendor_id = ? and id = ?")
			.params(programme.vendorId(), UUID.fromString(id)).query(String.class).single()).isEqualTo("\"v1\"");
	}

	@Test
	void aCamWorksOnlyTheirOwnCalendarsAndAnExecutiveOnlyReadsThem() {
		UUID camId = users.register(new NewUser(programme.vendorId(), "cam@" + vendorDomain, "Opiekun Kalendarza", "demo", null,
				Set.of(Role.CHANNEL_MANAGER))).id();
		users.register(new NewUser(programme.vendorId(), "ceo@" + vendorDomain, "Prezes Kalendarza", "demo", null,
				Set.of(Role.VENDOR_EXECUTIVE)));
		ApiClient cam = ApiClient.as(port, "cam@" + vendorDomain);
		ApiClient ceo = ApiClient.as(port, "ceo@" + vendorDomain);
		String vendors = subscribe(chief, "{\"url\":\"" + server.url() + "\"}");

		assertThat(cam.get("/api/v1/calendar-subscriptions").json().size()).isZero();
		assertThat(cam.post("/api/v1/calendar-subscriptions/" + vendors + "/sync", "").status()).isEqualTo(404);
		assertThat(cam.delete("/api/v1/calendar-subscriptions/" + vendors).status()).isEqualTo(404);
		assertThat(cam.post("/api/v1/calendar-subscriptions", "{\"url\":\"https://outlook.example/cal.ics\"}").status())
			.as("the vendor's calendar is the chief's").isEqualTo(403);
		assertThat(cam.post("/api/v1/calendar-subscriptions", "{\"url\":\"https://outlook.example/cal.ics\",\"ownerId\":\""
				+ programme.chief().userId() + "\"}").status()).as("someone else's calendar").isEqualTo(403);
		String own = subscribe(cam, "{\"url\":\"webcal://outlook.example/owa/calendar/abc/reachcalendar.ics\",\"ownerId\":\""
				+ camId + "\"}");
		JsonNode camsList = cam.get("/api/v1/calendar-subscriptions").json();
		assertThat(camsList.size()).isEqualTo(1);
		assertThat(camsList.get(0).get("url").asString()).isEqualTo("https://outlook.example/…");
		assertThat(camsList.get(0).get("ownerName").asString()).isEqualTo("Opiekun Kalendarza");

		assertThat(ceo.get("/api/v1/calendar-subscriptions").json().size()).isEqualTo(2);
		assertThat(ceo.post("/api/v1/calendar-subscriptions/" + own + "/sync", "").status()).isEqualTo(403);
		assertThat(ceo.delete("/api/v1/calendar-subscriptions/" + vendors).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "chief@corvid.example").post("/api/v1/calendar-subscriptions/" + vendors + "/sync", "")
			.status()).as("another vendor").isEqualTo(404);

		ApiClient.Response duplicate = chief.post("/api/v1/calendar-subscriptions", "{\"url\":\"" + server.url() + "\"}");
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.json().get("detail").asString()).isEqualTo("This calendar is subscribed already.");
		for (String bad : List.of("ftp://outlook.example/cal.ics", "javascript:alert(1)", "kalendarz", "https:///no-host")) {
			assertThat(chief.post("/api/v1/calendar-subscriptions", "{\"url\":\"" + bad + "\"}").status()).as(bad).isEqualTo(422);
		}

		assertThat(chief.delete("/api/v1/calendar-subscriptions/" + own).status()).as("the chief runs them all").isEqualTo(204);
		assertThat(cam.get("/api/v1/calendar-subscriptions").json().size()).isZero();
	}

	@Test
	void thePollerSyncsWhatIsDueAndLeavesACalendarAnotherNodeHoldsAlone() {
		server.serve(TestCalendarServer.calendar(programme.chiefEmail(), firstVersion()));
		UUID id = UUID.fromString(subscribe(chief, "{\"url\":\"" + server.url() + "\"}"));
		jdbc.sql("update calendar_subscription set claimed_until = ? where vendor_id = ? and id = ?")
			.params(Timestamp.from(clock.instant().plus(Duration.ofMinutes(5))), programme.vendorId(), id).update();
		ApiClient.Response busy = chief.post("/api/v1/calendar-subscriptions/" + id + "/sync", "");
		assertThat(busy.status()).isEqualTo(422);
		assertThat(busy.json().get("detail").asString()).contains("being synced right now");
		subscriptions.pollDue(100);
		assertThat(server.conditions()).as("held by another node").isEmpty();

		jdbc.sql("update calendar_subscription set claimed_until = null where vendor_id = ? and id = ?")
			.params(programme.vendorId(), id).update();
		subscriptions.pollDue(100);
		assertThat(result(id)).isEqualTo("IMPORTED");
		assertThat(touchpoints()).isEqualTo(2);
		subscriptions.pollDue(100);
		assertThat(server.conditions()).as("not due again yet").hasSize(1);

		clock.advance(Duration.ofMinutes(31));
		subscriptions.pollDue(100);
		assertThat(server.conditions()).containsExactly("", "\"v1\"");
		assertThat(result(id)).isEqualTo("NOT_MODIFIED");

		// Paused, it is not polled however long it waits; Sync now still fetches it.
		ApiClient.Response paused = chief.post("/api/v1/calendar-subscriptions/" + id + "/pause", "");
		assertThat(paused.json().get("active").asBoolean()).as(paused.toString()).isFalse();
		clock.advance(Duration.ofHours(2));
		subscriptions.pollDue(100);
		assertThat(server.conditions()).hasSize(2);
		sync(id.toString());
		assertThat(server.conditions()).hasSize(3);
		assertThat(chief.post("/api/v1/calendar-subscriptions/" + id + "/resume", "").json().get("active").asBoolean()).isTrue();
		clock.advance(Duration.ofHours(1));
		subscriptions.pollDue(100);
		assertThat(server.conditions()).hasSize(4);
	}

	private String result(UUID id) {
		return jdbc.sql("select last_result from calendar_subscription where vendor_id = ? and id = ?")
			.params(programme.vendorId(), id).query(String.class).single();
	}

	private JsonNode polish(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Accept-Language", "pl")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((programme.chiefEmail() + ":demo").getBytes(StandardCharsets.UTF_8)))
			.GET().build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}
}
