package io.rapport.common.text;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: free text has limits in validation, in imports and in the database, and refuses
 * control characters — a refusal names the field, never a 500.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private Partner partner;

	private ApiClient chief;

	@BeforeAll
	void aVendorWithOnePartner() {
		programme = programmes.vendor("Text Limits Vendor");
		partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		chief = ApiClient.as(port, programme.chiefEmail());
	}

	private String touchpoint(String title) {
		return """
				{"type":"WEBINAR","occurredAt":"2026-02-01T10:00:00+01:00","title":"%s","partnershipIds":["%s"]}"""
			.formatted(title, partner.partnershipId());
	}

	@Test
	void refusesAFiveThousandCharacterTouchpointTitleNamingTheFieldInTheCallersLanguage() {
		ApiClient.Response refused = chief.post("/api/v1/touchpoints", touchpoint("x".repeat(5000)));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("title");
		assertThat(refused.json().get("detail").asString()).startsWith("title: ").contains("300");
		ApiClient.Response polish = chief.post("/api/v1/touchpoints?lang=pl", touchpoint("x".repeat(5000)));
		assertThat(polish.status()).isEqualTo(422);
		assertThat(polish.json().get("detail").asString()).contains("title").contains("od 0 do 300");
		// A title that fits is kept.
		assertThat(chief.post("/api/v1/touchpoints", touchpoint("x".repeat(300))).status()).isEqualTo(201);
	}

	@Test
	void showsATooLongTouchpointTitleOnTheFormInThePagesLanguage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login?lang=pl")).build(), BodyHandlers.ofString())
			.body();
		HttpResponse<String> signedIn = browser.send(form(base + "/login", "username=" + encode(programme.chiefEmail())
				+ "&password=demo&_csrf=" + csrf(login)), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/touchpoints")).build(), BodyHandlers.ofString())
			.body();
		HttpResponse<String> refused = browser.send(form(base + "/touchpoints", "type=WEBINAR&occurredAt=2026-02-01T10%3A00&title="
				+ "x".repeat(5000) + "&partnershipIds=" + partner.partnershipId() + "&_csrf=" + csrf(page)), BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Tytuł może mieć najwyżej 300 znaków.");
	}

	private static HttpRequest form(String uri, String body) {
		return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	/** The CSRF token a page carries, in its forms or its meta tag. */
	private static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return encode(matcher.group(1));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void refusesAControlCharacterInAnOrganisationName() {
		ApiClient.Response refused = chief.post("/api/v1/partnerships", """
				{"partner":{"kind":"PARTNER","name":"Dzwonek\\u0007 sp. z o.o.","country":"PL"},"tier":"Silver","since":"2026-02-01"}""");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		JsonNode errors = refused.json().get("errors");
		assertThat(errors.findValuesAsString("field")).containsExactly("partner.name");
		assertThat(errors.findValuesAsString("message")).containsExactly("must not hold control characters");
		ApiClient.Response polish = chief.post("/api/v1/partnerships?lang=pl", """
				{"partner":{"kind":"PARTNER","name":"Dzwonek\\u0007 sp. z o.o.","country":"PL"},"tier":"Silver","since":"2026-02-01"}""");
		assertThat(polish.json().get("detail").asString()).contains("nie może zawierać znaków sterujących");
	}

	@Test
	void refusesAControlCharacterInATokenName() {
		ApiClient.Response token = chief.post("/api/v1/tokens", "{\"name\":\"nightly\\u001bexport\"}");
		assertThat(token.status()).as(token.toString()).isEqualTo(422);
		assertThat(token.json().get("errors").findValuesAsString("field")).containsExactly("name");
	}

	@Test
	void rejectsAnImportRowWithATooLongFieldNamingItsLine() {
		String csv = "external_id,type,occurred_at,title,partner_tax_id\n"
				+ "TL-1,WEBINAR,2026-03-10 10:00,Fits," + partner.taxId() + "\n"
				+ "TL-2,WEBINAR,2026-03-11 10:00," + "y".repeat(301) + "," + partner.taxId() + "\n";
		ApiClient.Response rejected = chief.upload("/api/v1/imports/touchpoints", "touchpoints.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);
		assertThat(rejected.json().get("errors").toString()).contains("\"line\":3", "\"column\":\"title\"",
				"the title is longer than 300 characters");

		String sales = "external_id,partner_tax_id,closed_on,amount,currency,category,description\n"
				+ "TL-S-1,%s,2026-03-10,100.00,PLN,PRODUCT,%s\n".formatted(partner.taxId(), "d".repeat(501));
		ApiClient.Response refusedSales = chief.upload("/api/v1/imports/sales", "sales.csv", sales.getBytes(StandardCharsets.UTF_8));
		assertThat(refusedSales.status()).as(refusedSales.toString()).isEqualTo(422);
		assertThat(refusedSales.json().get("errors").toString()).contains("\"line\":2", "\"column\":\"description\"",
				"the description is longer than 500 characters");
	}

	@Test
	void refusesAnOverLongValueOrAControlCharacterInTheDatabaseItself() {
		UUID vendor = programme.vendorId();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into survey (id, title, run_by, opens_on, closes_on, created_by)
				values (?, ?, ?, date '2026-01-01', date '2026-01-31', ?)""")
			.params(UUID.randomUUID(), "t".repeat(201), vendor, programme.chief().userId()).update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("survey_title_text");
		assertThatThrownBy(() -> jdbc.sql("update organization set city = ? where id = ?")
			.params("Opole\u0007", partner.partnerId()).update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("organization_city_text");
		assertThatThrownBy(() -> jdbc.sql("update organization set name = ? where id = ?")
			.params("n".repeat(201), partner.partnerId()).update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("organization_name_text");
	}
}
