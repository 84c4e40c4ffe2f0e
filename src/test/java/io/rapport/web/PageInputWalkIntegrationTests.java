package io.rapport.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.rapport.RapportIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as every kind of person, with the values a hand-edited address or a form can send
 * that a page does not expect: pages past the end, unknown orders, malformed quarters, dates and
 * numbers, text with control characters. None may answer a 500 (issue 13): a page either shows
 * what it can, says what is wrong, or answers 404.
 */
@RapportIntegrationTest
class PageInputWalkIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** Query values no form of Rapport sends, for every parameter name a page reads. */
	private static final String HOSTILE = "page=99999999999&size=-5&sort=nope,sideways&quarter=2026-Q9&from=yesterday"
			+ "&to=2026-13-45&q=%00%27%22%3Cscript%3E&status=BOGUS&severity=NONE&minDeals=abc&minRevenue=1e99999"
			+ "&type=%25&partnership=not-a-uuid&owner=x&channel=PIGEON&tier=%F0%9F%98%80&communication=LOUD"
			+ "&overdue=maybe&format=exe&wave=-1&lang=xx";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@ParameterizedTest
	@ValueSource(strings = { "chief@helix.example", "cam1@helix.example", "ceo@helix.example", "partner", "analyst@hub.example" })
	void noPageAnswersAServerErrorToInputItDoesNotExpect(String who) throws Exception {
		HttpClient http = signedIn(who.equals("partner") ? partnerAdmin() : who);
		List<String> failures = new ArrayList<>();
		int shown = 0;
		for (String path : pages()) {
			for (String query : List.of("", "?" + HOSTILE)) {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path + query))).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() >= 500) {
					failures.add(response.statusCode() + " " + path + query);
				}
				if (response.statusCode() == 200 && query.isEmpty()) {
					shown++;
				}
			}
		}
		assertThat(failures).as("pages that failed for " + who).isEmpty();
		assertThat(shown).as("pages shown to " + who + " (signed in, not sent to the login page)").isGreaterThan(3);
	}

	@Test
	void theWalkReachesThePagesOfEveryModule() {
		assertThat(pages()).contains("/", "/partnerships", "/engagement", "/sales", "/touchpoints", "/alerts", "/support",
				"/surveys");
	}

	/** Every page address, its path variables filled with Helix's records or, where none fits, an unknown id. */
	private Set<String> pages() {
		UUID partnership = jdbc.sql("""
				select p.id from partnership p join organization v on v.id = p.vendor_id
				where v.slug = 'helix-data-systems' order by p.id limit 1""").query(UUID.class).single();
		Set<String> pages = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/v3/")
						|| pattern.startsWith("/swagger") || pattern.equals("/error") || pattern.equals("/login")
						|| pattern.contains("*")) {
					continue;
				}
				pages.add(pattern.replace("/partnerships/{id}", "/partnerships/" + partnership)
					.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
			}
		}
		return pages;
	}

	private String partnerAdmin() {
		return jdbc.sql("""
				select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER_ADMIN'
				join partnership p on p.partner_id = u.organization_id join organization v on v.id = p.vendor_id
				where v.slug = 'helix-data-systems' order by u.email limit 1""").query(String.class).single();
	}

	private HttpClient signedIn(String email) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		String login = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in as " + email).doesNotContain("error");
		return http;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
