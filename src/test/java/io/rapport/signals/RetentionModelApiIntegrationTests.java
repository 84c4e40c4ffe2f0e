package io.rapport.signals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The BG/NBD endpoints, for any signed-in user, on the CDNOW sample and on bad input. */
@RapportIntegrationTest
class RetentionModelApiIntegrationTests {

	@LocalServerPort
	int port;

	private String cdnowCustomers() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/cdnow/cdnow_customers_summary.csv")) {
			StringJoiner customers = new StringJoiner(",", "[", "]");
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(line -> {
				String[] f = line.split(",");
				customers.add("{\"x\":%s,\"tx\":%s,\"T\":%s}".formatted(f[1], f[2], f[3]));
			});
			return customers.toString();
		}
	}

	@Test
	void fitsTheCdnowSampleForAnySignedInUser() throws IOException {
		ApiClient analyst = ApiClient.as(port, "analyst@hub.example");
		ApiClient.Response fit = analyst.post("/api/v1/models/bgnbd/fit", "{\"customers\":" + cdnowCustomers() + "}");
		assertThat(fit.status()).as(fit.toString()).isEqualTo(200);
		JsonNode result = fit.json();
		assertThat(result.get("r").asDouble()).isCloseTo(0.243, within(1e-3));
		assertThat(result.get("alpha").asDouble()).isCloseTo(4.414, within(1e-3));
		assertThat(result.get("a").asDouble()).isCloseTo(0.793, within(1e-3));
		assertThat(result.get("b").asDouble()).isCloseTo(2.426, within(1e-3));
		assertThat(result.get("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.05));
		assertThat(result.get("converged").asBoolean()).isTrue();
	}

	@Test
	void predictsPAliveAndExpectedTransactions() {
		ApiClient chief = ApiClient.as(port, "chief@helix.example");
		ApiClient.Response predicted = chief.post("/api/v1/models/bgnbd/predict", """
				{"params":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426},"horizon":39,
				 "customers":[{"x":0,"tx":0,"T":38.86},{"x":2,"tx":30.43,"T":38.86},{"x":7,"tx":10,"T":39}]}""");
		assertThat(predicted.status()).as(predicted.toString()).isEqualTo(200);
		JsonNode rows = predicted.json();
		assertThat(rows.size()).isEqualTo(3);
		assertThat(rows.get(0).get("pAlive").asDouble()).isEqualTo(1);
		double direct = 1 / (1 + 0.793 / (2.426 + 1) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2));
		assertThat(rows.get(1).get("pAlive").asDouble()).isCloseTo(direct, within(1e-9));
		assertThat(rows.get(2).get("pAlive").asDouble()).isLessThan(rows.get(1).get("pAlive").asDouble());
		assertThat(rows.get(1).get("expectedTransactions").asDouble()).isPositive();
	}

	@Test
	void namesTheFirstBadRecord() {
		ApiClient chief = ApiClient.as(port, "chief@helix.example");
		StringJoiner customers = new StringJoiner(",", "[", "]");
		for (int i = 0; i < 12; i++) {
			customers.add(i == 3 ? "{\"x\":1,\"tx\":40,\"T\":39}" : i == 7 ? "{\"x\":-1,\"tx\":0,\"T\":39}" : "{\"x\":1,\"tx\":5,\"T\":39}");
		}
		ApiClient.Response bad = chief.post("/api/v1/models/bgnbd/fit", "{\"customers\":" + customers + "}");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body()).contains("Customer 4").contains("cannot exceed T").doesNotContain("Customer 8");
		ApiClient.Response silentButLate = chief.post("/api/v1/models/bgnbd/predict", """
				{"params":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426},"horizon":39,"customers":[{"x":0,"tx":3,"T":39}]}""");
		assertThat(silentButLate.status()).isEqualTo(422);
		assertThat(silentButLate.body()).contains("Customer 1").contains("tx must be 0");
		assertThat(chief.post("/api/v1/models/bgnbd/fit", "{\"customers\":[{\"x\":1,\"tx\":5,\"T\":39}]}").body())
			.contains("at least 10 customers");
		assertThat(chief.post("/api/v1/models/bgnbd/predict", """
				{"params":{"r":-1,"alpha":4.414,"a":0.793,"b":2.426},"horizon":39,"customers":[{"x":0,"tx":0,"T":39}]}""").body())
			.contains("must all be positive");
		assertThat(chief.post("/api/v1/models/bgnbd/predict", """
				{"params":{"r":1,"alpha":4.414,"a":0.793,"b":2.426},"horizon":-1,"customers":[{"x":0,"tx":0,"T":39}]}""").status())
			.isEqualTo(422);
	}
}
