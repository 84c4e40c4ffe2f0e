package io.rapport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.imports.CraftedFiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, section 4: bad input gets a clear refusal — 422 (or 400 for a body that cannot be read,
 * 413 for an upload beyond the limit) with {@code application/problem+json} a person understands —
 * never a 500, and nothing of it is stored.
 */
@RapportIntegrationTest
class InputRefusalIntegrationTests {

	private static final String SALES_HEADER = "external_id,partner_tax_id,partner,closed_on,amount,currency,category,description\n";

	private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private Partner acme;

	private ApiClient chief;

	@BeforeEach
	void aFreshProgramme() {
		programme = programmes.vendor("Refusal Vendor");
		acme = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where vendor_id = ?").param(programme.vendorId()).query(Long.class)
			.single();
	}

	private long stored() {
		return count("sales_line") + count("sales_quarter") + count("sales_import") + count("touchpoint") + count("support_case");
	}

	private static void assertRefused(ApiClient.Response response, int status, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).as(response.toString()).contains(detail);
	}

	@Test
	void refusesAnAmountNoLineCanHoldOnADryRunAndForReal() {
		byte[] csv = (SALES_HEADER + "BIG-1," + acme.taxId() + ",,2026-02-10,99999999999999999999999,PLN,PRODUCT,\n")
			.getBytes(StandardCharsets.UTF_8);
		for (String dryRun : new String[] { "true", "false" }) {
			ApiClient.Response response = chief.upload("/api/v1/imports/sales?dryRun=" + dryRun, "sales.csv", csv);
			assertRefused(response, 422, "1 row was rejected");
			JsonNode error = response.json().get("errors").get(0);
			assertThat(error.get("line").asLong()).isEqualTo(2);
			assertThat(error.get("column").asString()).isEqualTo("amount");
			assertThat(error.get("message").asString()).contains("too large");
		}
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAPdfUploadedAsCsvAndSaysWhatItIs() {
		for (String path : new String[] { "/api/v1/imports/sales", "/api/v1/imports/touchpoints", "/api/v1/imports/support-cases" }) {
			ApiClient.Response response = chief.upload(path, "sales.csv", PDF);
			assertRefused(response, 422, "This is not a CSV or XLSX file (it looks like a PDF document)");
			assertThat(response.body()).doesNotContain("unknown column");
		}
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAZipBombWithinSecondsAndKeepsServing() throws Exception {
		byte[] bomb = CraftedFiles.bomb();
		long started = System.nanoTime();
		ApiClient.Response response = chief.upload("/api/v1/imports/sales", "sales.xlsx", bomb);
		assertRefused(response, 422, "more tightly than any spreadsheet is");
		// The reader alone refuses it in well under a second (TabularFileTests); this is the whole request on a busy machine.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
		assertThat(chief.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAnUploadBeyondTheLimitWith413() {
		byte[] large = new byte[51 << 20];
		Arrays.fill(large, (byte) 'x');
		System.arraycopy(SALES_HEADER.getBytes(StandardCharsets.UTF_8), 0, large, 0, SALES_HEADER.length());
		ApiClient.Response response = chief.upload("/api/v1/imports/sales", "sales.csv", large);
		assertRefused(response, 413, "larger than the limit of 50 MB");
		assertThat(stored()).isZero();
	}

	@Test
	void answersUnreadableBodiesWithTheFieldAndWhatItTakes() {
		assertRefused(chief.post("/api/v1/touchpoints", "{\"type\":\"WEBINAR\",\"title\":"), 400, "The body is not valid JSON");
		ApiClient.Response channel = chief.post("/api/v1/support-cases", """
				{"partnershipId":"%s","channel":"PIGEON","severity":"HIGH","subject":"Router"}""".formatted(acme.partnershipId()));
		assertRefused(channel, 400, "The field 'channel' has the value \"PIGEON\", which is not one of PHONE, EMAIL");
		assertThat(channel.json().get("errors").get(0).get("field").asString()).isEqualTo("channel");
		assertRefused(chief.post("/api/v1/touchpoints", """
				{"type":"WEBINAR","occurredAt":"yesterday","title":"Webinar"}"""), 400,
				"The field 'occurredAt' has the value \"yesterday\", which is not a date and time with its offset");
		assertRefused(chief.post("/api/v1/touchpoints", """
				{"type":"PRESS_INQUIRY","occurredAt":"2026-02-01T10:00:00+01:00","title":"Q","daysToAnswer":99999999999}"""),
				400, "daysToAnswer");
		assertRefused(chief.post("/api/v1/touchpoints", """
				{"type":"WEBINAR","occurredAt":"2026-02-01T10:00:00+01:00","title":"Webinar","partnershipIds":"all"}"""), 400,
				"The field 'partnershipIds' must be a list");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesTouchpointsThatHaveNotHappenedOrPrecede1990() {
		String future = OffsetDateTime.now().plusDays(2).withNano(0).toString();
		assertRefused(chief.post("/api/v1/touchpoints", """
				{"type":"WEBINAR","occurredAt":"%s","title":"Planned webinar"}""".formatted(future)), 422, "lies in the future");
		assertRefused(chief.post("/api/v1/touchpoints", """
				{"type":"WEBINAR","occurredAt":"1985-06-01T10:00:00+02:00","title":"Old webinar"}"""), 422, "is before 1990-01-01");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesSupportCasesThatCannotHaveHappenedOrWhosePartnershipEnded() {
		ApiClient partner = ApiClient.as(port, acme.adminEmail());
		assertRefused(partner.post("/api/v1/support-cases", """
				{"partnershipId":"%s","channel":"PHONE","severity":"HIGH","subject":"Router","openedAt":"1989-12-31T10:00:00+01:00"}"""
			.formatted(acme.partnershipId())), 422, "is before 1990-01-01");
		ApiClient.Response imported = chief.upload("/api/v1/imports/support-cases", "cases.csv", ("""
				external_id,partner_tax_id,channel,severity,subject,opened_at
				F-1,%s,PHONE,NORMAL,Switch down,%s
				""".formatted(acme.taxId(), LocalDate.now().plusDays(3) + " 09:00")).getBytes(StandardCharsets.UTF_8));
		assertRefused(imported, 422, "1 row was rejected");
		assertThat(imported.json().get("errors").get(0).get("column").asString()).isEqualTo("opened_at");
		assertThat(imported.json().get("errors").get(0).get("message").asString()).contains("lies in the future");

		programmes.end(programme, acme, LocalDate.now(ZoneId.of("Europe/Warsaw")).minusDays(10));
		assertRefused(partner.post("/api/v1/support-cases", """
				{"partnershipId":"%s","channel":"PHONE","severity":"HIGH","subject":"Router"}""".formatted(acme.partnershipId())),
				422, "it takes no new support cases");
		assertThat(stored()).isZero();
	}

	@Test
	void refusesAQuarterOutsideTheProgrammesLifeAndStoresNothingForIt() {
		String next = jdbc.sql("select to_char(now() + interval '3 months', 'YYYY-\"Q\"Q')").query(String.class).single();
		String engagement = "/api/v1/partnerships/" + acme.partnershipId() + "/engagement?quarter=";
		assertRefused(chief.get(engagement + next), 422, "has not begun yet");
		assertRefused(chief.get(engagement + "2019-Q2"), 422, "'s programme began, in 2024-Q1");
		String vendor = "/api/v1/vendors/" + programme.vendorId();
		assertRefused(chief.get(vendor + "/engagement?quarter=2019-Q2"), 422, "programme began");
		assertRefused(chief.get(vendor + "/quadrant?quarter=" + next), 422, "has not begun yet");
		assertRefused(chief.get(vendor + "/kpis?from=2019-Q1"), 422, "programme began");
		assertRefused(chief.get(vendor + "/sales/by-quarter?to=2031-Q4"), 422, "has not begun yet");
		assertRefused(chief.get(vendor + "/cadence?quarter=" + next), 422, "has not begun yet");
		assertThat(jdbc.sql("""
				select count(*) from engagement_channel_snapshot where vendor_id = ? and (fiscal_year < 2024 or fiscal_year > ?)""")
			.params(programme.vendorId(), LocalDate.now().getYear()).query(Long.class).single()).isZero();
	}

	@Test
	void refusesAnOverlappingWaveAndAnAnswerFromAnEndedPartnership() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		ApiClient.Response first = chief.post("/api/v1/surveys", """
				{"title":"Autumn wave","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today, today.plusDays(10)));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertRefused(chief.post("/api/v1/surveys", """
				{"title":"Second wave","vendorIds":["%s"],"opensOn":"%s","closesOn":"%s"}"""
			.formatted(programme.vendorId(), today.plusDays(5), today.plusDays(20))), 422, "waves about one vendor do not overlap");
		assertThat(jdbc.sql("select count(*) from survey where run_by = ?").param(programme.vendorId()).query(Long.class).single())
			.isEqualTo(1);

		programmes.end(programme, acme, today.minusDays(1));
		String survey = first.json().get("id").asString();
		assertRefused(ApiClient.as(port, acme.adminEmail()).post("/api/v1/surveys/" + survey + "/responses", """
				{"vendorId":"%s","nps":9}""".formatted(programme.vendorId())), 422, "has ended; it takes no new answers");
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?::uuid").param(survey).query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesACalendarImportBeyondThreeYearsOrTwoThousandInstancesOfAnEntry() {
		String partnerDomain = acme.adminEmail().substring(acme.adminEmail().indexOf('@') + 1);
		String hourly = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT",
				"UID:hourly-1", "DTSTART:20260601T080000Z", "RRULE:FREQ=HOURLY", "SUMMARY:Hourly check-in",
				"ATTENDEE;PARTSTAT=ACCEPTED:mailto:jan@" + partnerDomain, "END:VEVENT", "END:VCALENDAR", "");
		byte[] ics = hourly.getBytes(StandardCharsets.UTF_8);
		assertRefused(chief.upload("/api/v1/imports/touchpoints?from=2022-01-01&to=2026-11-30", "outlook.ics", ics), 422,
				"A calendar import covers at most 3 years");
		assertRefused(chief.upload("/api/v1/imports/touchpoints?from=2026-01-01&to=2026-11-30", "outlook.ics", ics), 422,
				"The entry \"Hourly check-in\" repeats more than 2000 times in the range");
		assertThat(stored()).isZero();
	}
}
