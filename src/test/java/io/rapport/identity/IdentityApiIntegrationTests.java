package io.rapport.identity;

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
		ApiClient.Response created = chief.post("/api/v1/tokens", "{\"name\":\"CRM sync\",\"expiresOn\":\"2099-12-31\"}");
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
	void servesHealthMetricsAndTheApiDescription() {
		ApiClient anonymous = ApiClient.anonymous(port);
		assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		assertThat(anonymous.getText("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
		JsonNode openApi = anonymous.get("/v3/api-docs").json();
		assertThat(openApi.get("paths").has("/api/v1/partnerships/{id}")).isTrue();
		assertThat(openApi.get("components").get("schemas").has("PartnershipView")).isTrue();
		assertThat(openApi.get("components").get("schemas").has("NewPartnership")).isTrue();
	}
}
