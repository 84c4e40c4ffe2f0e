package io.rapport.reviews;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly business review is a real PDF: turned back into text it names the partnership, the
 * indices as the API scores them, every indicator in the reader's language, and it stays in scope.
 */
@RapportIntegrationTest
class QuarterlyReviewIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChiefsReviewShowsTheScoresTheApiGives() throws Exception {
		UUID partnership = helixPartnership();
		JsonNode engagement = ApiClient.as(port, "chief@helix.example").get("/api/v1/partnerships/" + partnership + "/engagement").json();
		String partner = jdbc.sql("select o.name from partnership p join organization o on o.id = p.partner_id where p.id = ?")
			.param(partnership).query(String.class).single();

		HttpResponse<byte[]> response = download("chief@helix.example", "/api/v1/partnerships/" + partnership + "/review.pdf?lang=en");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("QBR").contains(".pdf");
		String text = text(response.body());
		assertThat(text).contains("Quarterly business review").contains(partner).contains(engagement.get("quarter").asString())
			.contains(oneDecimal(engagement.get("pei").get("score").asDouble(), '.'))
			.contains(oneDecimal(engagement.get("vei").get("score").asDouble(), '.'))
			.contains("Revenue", "Direct meetings", "Trend by quarter", "Support cases opened in the quarter");
	}

	@Test
	void inPolishEveryHeadingIsPolishWithDecimalCommas() throws Exception {
		UUID partnership = helixPartnership();
		JsonNode engagement = ApiClient.as(port, "chief@helix.example").get("/api/v1/partnerships/" + partnership + "/engagement").json();

		String text = text(download("chief@helix.example", "/api/v1/partnerships/" + partnership + "/review.pdf?lang=pl").body());

		assertThat(text).contains("Kwartalny przegląd współpracy", "Co się za nimi kryje", "Zgłoszenia wsparcia", "Przychód")
			.contains(oneDecimal(engagement.get("pei").get("score").asDouble(), ','))
			.doesNotContain("Quarterly business review");
	}

	@Test
	void thePartnerGetsItsOwnAndOutsidersNothing() throws Exception {
		UUID partnership = helixPartnership();
		String admin = jdbc.sql("""
				select u.email from partnership p join app_user u on u.organization_id = p.partner_id
				join user_role r on r.user_id = u.id and r.role = 'PARTNER_ADMIN'
				where p.id = ? order by u.email limit 1""").param(partnership).query(String.class).single();

		assertThat(download(admin, "/api/v1/partnerships/" + partnership + "/review.pdf").statusCode()).isEqualTo(200);
		assertThat(download("chief@corvid.example", "/api/v1/partnerships/" + partnership + "/review.pdf").statusCode())
			.isEqualTo(404);
		assertThat(download("analyst@hub.example", "/api/v1/partnerships/" + partnership + "/review.pdf").statusCode())
			.isEqualTo(404);
	}

	private UUID helixPartnership() {
		return jdbc.sql("""
				select p.id from partnership p join organization v on v.id = p.vendor_id
				where v.slug = 'helix-data-systems' and p.status = 'ACTIVE' order by p.id limit 1""").query(UUID.class).single();
	}

	private HttpResponse<byte[]> download(String email, String path) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.GET().build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String oneDecimal(double value, char separator) {
		return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString().replace('.', separator);
	}
}
