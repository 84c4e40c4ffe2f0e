package io.rapport.touchpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a calendar address is typed by a user, so the server refuses to fetch from its own
 * loopback, link-local (cloud metadata) and private networks unless configured to, redirects
 * included; and every reason a sync can fail with is a message in both languages.
 */
class HostGuardTests {

	private final HostGuard guard = new HostGuard(/* allowPrivateHosts= */ false);

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void aLocalServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/calendar.ics", exchange -> {
			requests.incrementAndGet();
			byte[] body = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private String local() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Test
	void refusesLoopbackLinkLocalPrivateAndReservedAddresses() {
		for (String host : new String[] { "127.0.0.1", "localhost", "[::1]", "10.1.2.3", "172.16.0.1", "192.168.1.10",
				"169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]",
				"[64:ff9b::a9fe:a9fe]" }) {
			assertThat(guard.refusal(URI.create("https://" + host + "/calendar.ics")))
				.as(host).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("touchpoints.calendars.error.privateHost"));
		}
	}

	@Test
	void refusesLoopbackWrittenInShortAndDecimalForms() {
		for (String host : new String[] { "127.1", "2130706433" }) {
			assertThat(guard.refusal(URI.create("http://" + host + "/calendar.ics"))).as(host).isPresent();
		}
	}

	@Test
	void letsPublicAddressesThrough() {
		for (String host : new String[] { "8.8.8.8", "[2001:4860:4860::8888]", "193.0.6.139" }) {
			assertThat(guard.refusal(URI.create("https://" + host + "/calendar.ics"))).as(host).isEmpty();
		}
	}

	@Test
	void refusesOtherSchemes() {
		for (String address : new String[] { "file:///etc/passwd", "ftp://8.8.8.8/x.ics", "gopher://8.8.8.8/" }) {
			assertThat(guard.refusal(URI.create(address))).as(address)
				.hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("touchpoints.calendars.error.scheme"));
		}
	}

	@Test
	void aGuardThatAllowsPrivateHostsLetsLoopbackThrough() {
		assertThat(new HostGuard(true).refusal(URI.create(local() + "/calendar.ics"))).isEmpty();
	}

	@Test
	void theFetcherNeverConnectsToALoopbackCalendarWhenPrivateHostsAreNotAllowed() {
		CalendarFetcher fetcher = new CalendarFetcher(guard, Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 1 << 20);
		CalendarFetcher.Fetch fetch = fetcher.fetch(URI.create(local() + "/calendar.ics"), null, null);
		assertThat(fetch).isInstanceOfSatisfying(CalendarFetcher.Failed.class,
				f -> assertThat(f.problem()).isEqualTo(SyncProblem.of("touchpoints.calendars.error.privateHost", "127.0.0.1")));
		assertThat(requests).hasValue(0);
	}

	@Test
	void aRedirectToAPrivateHostIsRefusedBeforeItIsFollowed() {
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		// The first hop is allowed (a test's local server), the redirect target is not.
		HostGuard loopbackOnly = new HostGuard(false) {
			@Override
			java.util.Optional<SyncProblem> refusal(URI uri) {
				return uri.getHost().equals("127.0.0.1") ? java.util.Optional.empty() : super.refusal(uri);
			}
		};
		CalendarFetcher fetcher = new CalendarFetcher(loopbackOnly, Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 1 << 20);
		CalendarFetcher.Fetch fetch = fetcher.fetch(URI.create(local() + "/moved"), null, null);
		assertThat(fetch).isInstanceOfSatisfying(CalendarFetcher.Failed.class,
				f -> assertThat(f.problem().code()).isEqualTo("touchpoints.calendars.error.privateHost"));
	}

	@Test
	void aCalendarLargerThanTheLimitIsRefused() {
		CalendarFetcher fetcher = new CalendarFetcher(new HostGuard(true), Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 10);
		CalendarFetcher.Fetch fetch = fetcher.fetch(URI.create(local() + "/calendar.ics"), null, null);
		assertThat(fetch).isInstanceOfSatisfying(CalendarFetcher.Failed.class,
				f -> assertThat(f.problem().code()).isEqualTo("touchpoints.calendars.error.tooLarge"));
	}

	@Test
	void everyReasonASyncFailsWithIsSaidInBothLanguages() throws IOException {
		Pattern code = Pattern.compile("\"(touchpoints\\.calendars\\.error\\.[a-zA-Z]+)\"");
		Set<String> used = new TreeSet<>();
		for (String source : new String[] { "HostGuard.java", "CalendarFetcher.java", "CalendarSubscriptions.java" }) {
			Matcher matcher = code.matcher(Files.readString(Path.of("src/main/java/io/rapport/touchpoints", source)));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).hasSizeGreaterThanOrEqualTo(12);
		for (String bundle : new String[] { "messages.properties", "messages_pl.properties" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(used);
		}
	}
}
