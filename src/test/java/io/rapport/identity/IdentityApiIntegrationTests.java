package io.rapport.identity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@RapportIntegrationTest
class IdentityApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void tellsWhoYouAre() {
		JsonNode me = ApiClient.as(port, "analyst@hub.example").get("/api/v1/me").json();
		assertThat(me.get("email").asString()).isEqualTo("analyst@hub.example");
		assertThat(me.get("organization").get("name").asString()).isEqualTo("Channel Hub");
		assertThat(me.get("organization").get("kind").asString()).isEqualTo("MEDIA");
		assertThat(me.get("roles").get(0).asString()).isEqualTo("ANALYST");
	}

	@Test
	void acceptsATokenUntilItIsRevoked() {
		ApiClient chief = ApiClient.as(port, "chief@corvid.example");
		ApiClient.Response created = chief.post("/api/v1/tokens",
				"{\"name\":\"CRM sync\",\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().get("token").asString();
		String id = created.json().get("details").get("id").asString();
		assertThat(token).startsWith("rap_");
		assertThat(created.json().get("details").get("prefix").asString()).isEqualTo(token.substring(0, 10));

		ApiClient bearer = ApiClient.bearer(port, token);
		assertThat(bearer.get("/api/v1/me").json().get("email").asString()).isEqualTo("chief@corvid.example");
		// The token itself is never shown again.
		assertThat(chief.get("/api/v1/tokens").body()).contains(id).doesNotContain(token);

		assertThat(chief.delete("/api/v1/tokens/" + id).json().get("revokedAt").isNull()).isFalse();
		ApiClient.Response refused = bearer.get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("revoked");
	}

	@Test
	void refusesTokensWithoutANameOrExpiringInThePast() {
		ApiClient chief = ApiClient.as(port, "chief@corvid.example");
		assertThat(chief.post("/api/v1/tokens", "{\"name\":\"\"}").status()).isEqualTo(422);
		ApiClient.Response past = chief.post("/api/v1/tokens", "{\"name\":\"old\",\"expiresOn\":\"2001-01-01\"}");
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.json().get("detail").asString()).contains("cannot expire in the past");
	}

	@Test
	void servesHealthAndTheApiDescriptionToAnyone() {
		ApiClient anonymous = ApiClient.anonymous(port);
		assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		JsonNode openApi = anonymous.get("/v3/api-docs").json();
		assertThat(openApi.get("paths").has("/api/v1/partnerships/{id}")).isTrue();
		assertThat(openApi.get("components").get("schemas").has("PartnershipView")).isTrue();
		assertThat(openApi.get("components").get("schemas").has("NewPartnership")).isTrue();
	}

	@Test
	void servesTheMetricsOnlyToTheScrapeToken() {
		// Issue 12: the metrics were public on the application's port.
		ApiClient.Response anonymous = ApiClient.anonymous(port).getText("/actuator/prometheus");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");
		assertThat(ApiClient.anonymous(port).getText("/actuator/prometheus", "Authorization", "Bearer wrong").status())
			.isEqualTo(401);
		assertThat(ApiClient.as(port, "chief@corvid.example").getText("/actuator/prometheus").status()).isEqualTo(401);

		ApiClient.Response scraped = ApiClient.anonymous(port)
			.getText("/actuator/prometheus", "Authorization", "Bearer test-scrape-token");
		assertThat(scraped.status()).isEqualTo(200);
		assertThat(scraped.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void neverAsksABrowserForBasicCredentials() {
		// Issue 12: a Basic challenge made browsers prompt for and cache a password sent to every later call.
		ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/v1/me");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.headers().allValues("WWW-Authenticate")).isNotEmpty()
			.allSatisfy(challenge -> assertThat(challenge).startsWith("Bearer").doesNotContainIgnoringCase("basic"));
		ApiClient.Response wrong = ApiClient.basic(port, "analyst@hub.example", "not the password").get("/api/v1/me");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.headers().allValues("WWW-Authenticate")).noneSatisfy(
				challenge -> assertThat(challenge).containsIgnoringCase("basic"));
		// What curl -u sends still signs in.
		assertThat(ApiClient.as(port, "analyst@hub.example").get("/api/v1/me").status()).isEqualTo(200);
	}
}
