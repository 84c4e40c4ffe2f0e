package io.rapport.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API answers a broken rule, a refusal and a missing record in the caller's language:
 * Accept-Language chooses, English without it (issue 13). Data stays ISO; the words are a person's.
 */
@RapportIntegrationTest
class ProblemLanguageIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersABrokenRuleInPolishWhenThePolishCallerAsksForIt() throws Exception {
		String path = "/api/v1/partnerships/" + helixPartnership() + "/end";
		String tooEarly = "{\"endedOn\":\"2000-01-01\"}";
		JsonNode polish = send("POST", path, tooEarly, "pl-PL,pl;q=0.9,en;q=0.5");
		assertThat(polish.get("status").asInt()).isEqualTo(422);
		assertThat(polish.get("detail").asString()).startsWith("Partnerstwo nie może się zakończyć (01.01.2000) przed rozpoczęciem (");

		JsonNode english = send("POST", path, tooEarly, null);
		assertThat(english.get("detail").asString()).startsWith("A partnership cannot end (2000-01-01) before it started (");
		assertThat(send("POST", path, tooEarly, "de-DE").get("detail").asString()).startsWith("A partnership cannot end");
	}

	@Test
	void answersAMissingRecordAndAnUnknownTierInPolish() throws Exception {
		UUID nobody = UUID.randomUUID();
		JsonNode missing = send("GET", "/api/v1/partnerships/" + nobody, null, "pl");
		assertThat(missing.get("status").asInt()).isEqualTo(404);
		assertThat(missing.get("detail").asString()).isEqualTo("Nie widzisz rekordu typu „partnerstwo” o identyfikatorze " + nobody
				+ ": nie istnieje albo jest poza Twoim zakresem.");

		JsonNode tier = send("POST", "/api/v1/partnerships/" + helixPartnership() + "/tier", "{\"tier\":\"Diamond\"}", "pl");
		assertThat(tier.get("detail").asString()).isEqualTo("Twój program nie ma poziomu o nazwie „Diamond”.");
	}

	private UUID helixPartnership() {
		return jdbc.sql("""
				select p.id from partnership p join organization o on o.id = p.vendor_id
				where o.slug = 'helix-data-systems' and p.status = 'ACTIVE' order by p.since limit 1""").query(UUID.class).single();
	}

	private JsonNode send(String method, String path, String json, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("chief@helix.example:demo".getBytes(StandardCharsets.UTF_8)))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return JsonMapper.builder().build().readTree(response.body());
	}
}
