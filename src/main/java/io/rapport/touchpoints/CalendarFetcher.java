package io.rapport.touchpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Fetches a published calendar with a conditional GET: the ETag and Last-Modified of the last
 * fetch go back as If-None-Match and If-Modified-Since, and a 304 means nothing changed. What comes
 * back is written to a temporary file (the calendar import streams from disk), at most as large as
 * an upload may be. Redirects are followed by hand, a few at most, each target checked by the
 * {@link HostGuard} like the first. Every failure is an answer, never an exception: the
 * subscription records it and the page says it.
 */
@Component
class CalendarFetcher {

	/** What one fetch came to. */
	sealed interface Fetch permits NotModified, Fetched, Failed {
	}

	/** The server said 304: the calendar is as it was. */
	record NotModified() implements Fetch {
	}

	/** The calendar, in a temporary file the caller deletes, with the validators to send next time. */
	record Fetched(Path file, String etag, String lastModified) implements Fetch {
	}

	record Failed(SyncProblem problem) implements Fetch {
	}

	private final HostGuard guard;

	private final HttpClient client;

	private final Duration readTimeout;

	private final int maxRedirects;

	private final long maxBytes;

	@Autowired
	CalendarFetcher(CalendarProperties properties,
			@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload) {
		this(new HostGuard(properties.allowPrivateHosts()), properties.connectTimeout(), properties.readTimeout(),
				properties.maxRedirects(), maxUpload.toBytes());
	}

	CalendarFetcher(HostGuard guard, Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes) {
		this.guard = guard;
		this.readTimeout = readTimeout;
		this.maxRedirects = maxRedirects;
		this.maxBytes = maxBytes;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The most a calendar may weigh, in whole megabytes, as the page names it. */
	long maxMegabytes() {
		return Math.max(1, maxBytes / (1024 * 1024));
	}

	Fetch fetch(URI address, String etag, String lastModified) {
		long deadline = System.nanoTime() + readTimeout.toNanos();
		URI uri = address;
		for (int hop = 0;; hop++) {
			Optional<SyncProblem> refusal = guard.refusal(uri);
			if (refusal.isPresent()) {
				return new Failed(refusal.get());
			}
			String host = uri.getHost();
			HttpResponse<InputStream> response;
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
					.timeout(remaining(deadline))
					.header("Accept", "text/calendar, */*;q=0.5")
					.header("User-Agent", "Rapport calendar sync");
				if (etag != null) {
					request.header("If-None-Match", etag);
				}
				if (lastModified != null) {
					request.header("If-Modified-Since", lastModified);
				}
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (HttpTimeoutException ex) {
				return new Failed(SyncProblem.of("touchpoints.calendars.error.timeout", host));
			}
			catch (IllegalArgumentException ex) {
				return new Failed(SyncProblem.of("touchpoints.calendars.error.url"));
			}
			catch (IOException ex) {
				return new Failed(SyncProblem.of("touchpoints.calendars.error.unreachable", host));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Failed(SyncProblem.of("touchpoints.calendars.error.unreachable", host));
			}
			int status = response.statusCode();
			if (status == 304) {
				discard(response);
				return new NotModified();
			}
			if (status >= 300 && status < 400 && status != 305) {
				discard(response);
				Optional<String> location = response.headers().firstValue("Location");
				if (location.isEmpty()) {
					return new Failed(SyncProblem.of("touchpoints.calendars.error.status", status));
				}
				if (hop >= maxRedirects) {
					return new Failed(SyncProblem.of("touchpoints.calendars.error.redirects", maxRedirects));
				}
				try {
					uri = uri.resolve(location.get().strip());
				}
				catch (IllegalArgumentException ex) {
					return new Failed(SyncProblem.of("touchpoints.calendars.error.url"));
				}
				continue;
			}
			if (status != 200) {
				discard(response);
				String code = status == 404 || status == 410 ? "touchpoints.calendars.error.gone"
						: status == 401 || status == 403 ? "touchpoints.calendars.error.denied" : "touchpoints.calendars.error.status";
				return new Failed(SyncProblem.of(code, status));
			}
			return body(response, host, deadline);
		}
	}

	private Fetch body(HttpResponse<InputStream> response, String host, long deadline) {
		OptionalLong length = response.headers().firstValueAsLong("Content-Length");
		if (length.isPresent() && length.getAsLong() > maxBytes) {
			discard(response);
			return new Failed(SyncProblem.of("touchpoints.calendars.error.tooLarge", maxMegabytes()));
		}
		Path file = null;
		try (InputStream in = response.body()) {
			file = Files.createTempFile("rapport-calendar-", ".ics");
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[1 << 16];
				long total = 0;
				for (int n; (n = in.read(buffer)) >= 0;) {
					total += n;
					if (total > maxBytes) {
						Files.deleteIfExists(file);
						return new Failed(SyncProblem.of("touchpoints.calendars.error.tooLarge", maxMegabytes()));
					}
					if (System.nanoTime() > deadline) {
						Files.deleteIfExists(file);
						return new Failed(SyncProblem.of("touchpoints.calendars.error.timeout", host));
					}
					out.write(buffer, 0, n);
				}
			}
			return new Fetched(file, response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null));
		}
		catch (IOException ex) {
			deleteQuietly(file);
			return new Failed(SyncProblem.of("touchpoints.calendars.error.unreachable", host));
		}
	}

	private static Duration remaining(long deadline) {
		long left = deadline - System.nanoTime();
		return Duration.ofNanos(Math.max(left, Duration.ofMillis(1).toNanos()));
	}

	private static void discard(HttpResponse<InputStream> response) {
		try (InputStream in = response.body()) {
			in.readNBytes(64 * 1024);
		}
		catch (IOException ex) {
			// The connection is dropped instead of reused; nothing else depends on it.
		}
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}
}
