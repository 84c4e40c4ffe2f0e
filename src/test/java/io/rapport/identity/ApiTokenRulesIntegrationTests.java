package io.rapport.identity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.MovableClock;
import io.rapport.RapportIntegrationTest;
import io.rapport.common.tenancy.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: API tokens expire (90 days by default, a year at most), carry scopes, show their last
 * use, cannot create tokens, and can all be revoked at once.
 */
@RapportIntegrationTest
class ApiTokenRulesIntegrationTests {

	private static final String RATES = "currency,month,rate\nEUR,2026-01,4.30\n";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void expiresNinetyDaysAheadUnlessToldAndAtMostAYearAhead() {
		ApiClient chief = ApiClient.as(port, "chief@corvid.example");
		LocalDate today = LocalDate.now(clock);
		JsonNode byDefault = chief.post("/api/v1/tokens", "{\"name\":\"default expiry\"}").json().get("details");
		assertThat(byDefault.get("expiresOn").asString()).isEqualTo(today.plusDays(90).toString());
		assertThat(byDefault.get("scopes")).extracting(JsonNode::asString).containsExactly("read", "write", "import");

		assertThat(chief.post("/api/v1/tokens", "{\"name\":\"a year\",\"expiresOn\":\"" + today.plusDays(365) + "\"}")
			.status()).isEqualTo(201);
		ApiClient.Response tooLong = chief.post("/api/v1/tokens",
				"{\"name\":\"forever\",\"expiresOn\":\"" + today.plusDays(366) + "\"}");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("detail").asString()).contains("at most a year");
	}

	@Test
	void refusesAnExpiredTokenWithAClear401() {
		ApiClient chief = ApiClient.as(port, "chief@corvid.example");
		LocalDate today = LocalDate.now(clock);
		String token = chief.post("/api/v1/tokens", "{\"name\":\"expires today\",\"expiresOn\":\"" + today + "\"}")
			.json().get("token").asString();
		assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);

		clock.advance(Duration.ofDays(1));
		ApiClient.Response refused = ApiClient.bearer(port, token).get("/api/v1/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("expired on " + today);
		assertThat(chief.get("/api/v1/tokens").body()).contains("\"EXPIRED\"");
	}

	@Test
	void aReadTokenReadsButNeitherWritesNorImports() {
		ApiClient token = tokenWith("[\"read\"]");
		assertThat(token.get("/api/v1/me").status()).isEqualTo(200);

		ApiClient.Response write = token.post("/api/v1/vendors/" + corvid() + "/engagement/weights/preview", "{\"revenue\":1}");
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.json().get("detail").asString()).contains("\"write\" scope");

		ApiClient.Response upload = token.upload("/api/v1/imports/exchange-rates?dryRun=true", "rates.csv", RATES.getBytes());
		assertThat(upload.status()).isEqualTo(403);
		assertThat(upload.json().get("detail").asString()).contains("\"import\" scope");
	}

	@Test
	void aWriteTokenWritesButNeitherReadsNorImports() {
		ApiClient token = tokenWith("[\"write\"]");
		assertThat(token.post("/api/v1/vendors/" + corvid() + "/engagement/weights/preview", "{\"revenue\":1}").status())
			.isEqualTo(200);
		ApiClient.Response read = token.get("/api/v1/me");
		assertThat(read.status()).isEqualTo(403);
		assertThat(read.json().get("detail").asString()).contains("\"read\" scope");
		assertThat(token.upload("/api/v1/imports/exchange-rates?dryRun=true", "rates.csv", RATES.getBytes()).status())
			.isEqualTo(403);
	}

	@Test
	void anImportTokenImportsOnly() {
		ApiClient token = tokenWith("[\"import\"]");
		assertThat(token.upload("/api/v1/imports/exchange-rates?dryRun=true", "rates.csv", RATES.getBytes()).status())
			.isEqualTo(200);
		assertThat(token.get("/api/v1/me").status()).isEqualTo(403);
	}

	@Test
	void refusesATokenWithoutScopesOrWithAnUnknownOne() {
		ApiClient chief = ApiClient.as(port, "chief@corvid.example");
		ApiClient.Response none = chief.post("/api/v1/tokens", "{\"name\":\"nothing\",\"scopes\":[]}");
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.json().get("detail").asString()).contains("at least one scope");
		assertThat(chief.post("/api/v1/tokens", "{\"name\":\"root\",\"scopes\":[\"admin\"]}").status()).isEqualTo(400);
	}

	@Test
	void aTokenCannotCreateTokens() {
		ApiClient token = tokenWith("[\"read\",\"write\",\"import\"]");
		ApiClient.Response refused = token.post("/api/v1/tokens", "{\"name\":\"offspring\"}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("cannot create tokens");
	}

	@Test
	void recordsTheLastUseAtMostOnceAMinute() {
		ApiClient chief = ApiClient.as(port, "chief@corvid.example");
		JsonNode created = chief.post("/api/v1/tokens", "{\"name\":\"last use\"}").json();
		String id = created.get("details").get("id").asString();
		assertThat(created.get("details").get("lastUsedAt").isNull()).isTrue();
		ApiClient token = ApiClient.bearer(port, created.get("token").asString());

		token.get("/api/v1/me");
		String first = lastUse(chief, id);
		assertThat(first).isNotNull();
		clock.advance(Duration.ofSeconds(30));
		token.get("/api/v1/me");
		assertThat(lastUse(chief, id)).isEqualTo(first);
		clock.advance(Duration.ofSeconds(60));
		token.get("/api/v1/me");
		assertThat(lastUse(chief, id)).isNotEqualTo(first);
	}

	@Test
	void revokesAllOfOnesTokensAtOnce() {
		String email = "revoke-all-" + UUID.randomUUID() + "@hub.example";
		UUID hub = jdbc.sql("select organization_id from app_user where email = 'analyst@hub.example'")
			.query(UUID.class).single();
		users.register(new NewUser(hub, email, "Revoke all", "demo", null, Set.of(Role.ANALYST)));
		ApiClient owner = ApiClient.as(port, email);
		String first = owner.post("/api/v1/tokens", "{\"name\":\"one\"}").json().get("token").asString();
		String second = owner.post("/api/v1/tokens", "{\"name\":\"two\"}").json().get("token").asString();
		String othersToken = ApiClient.as(port, "analyst@hub.example").post("/api/v1/tokens", "{\"name\":\"not mine\"}")
			.json().get("token").asString();

		ApiClient.Response revoked = owner.delete("/api/v1/tokens");
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("revoked").asInt()).isEqualTo(2);
		assertThat(ApiClient.bearer(port, first).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(ApiClient.bearer(port, second).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(ApiClient.bearer(port, othersToken).get("/api/v1/me").status()).isEqualTo(200);
		assertThat(owner.get("/api/v1/tokens").json()).allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("REVOKED"));
		assertThat(owner.delete("/api/v1/tokens").json().get("revoked").asInt()).isZero();
	}

	private ApiClient tokenWith(String scopes) {
		return ApiClient.bearer(port, ApiClient.as(port, "chief@corvid.example")
			.post("/api/v1/tokens", "{\"name\":\"scoped\",\"scopes\":" + scopes + "}").json().get("token").asString());
	}

	private String corvid() {
		return jdbc.sql("select organization_id from app_user where email = 'chief@corvid.example'")
			.query(UUID.class).single().toString();
	}

	private static String lastUse(ApiClient owner, String tokenId) {
		for (JsonNode token : owner.get("/api/v1/tokens").json()) {
			if (token.get("id").asString().equals(tokenId)) {
				return token.get("lastUsedAt").isNull() ? null : token.get("lastUsedAt").asString();
			}
		}
		throw new AssertionError("no token " + tokenId);
	}
}
