package io.rapport.touchpoints;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Rapport fetches published calendars (issue 13).
 *
 * @param pollInterval how often each subscribed calendar is fetched; default 30 minutes
 * @param connectTimeout how long to wait for the calendar's server to accept a connection; default 10 seconds
 * @param readTimeout how long the whole answer may take, headers and body; default 60 seconds
 * @param maxRedirects how many redirects are followed, each target checked like the first; default 5
 * @param allowPrivateHosts whether addresses on loopback, link-local or private networks may be fetched. Off by
 *        default: a calendar address is typed by a user, and the server must not become their way into the
 *        network it runs in (cloud metadata, internal services). Tests turn it on to serve calendars locally.
 */
@ConfigurationProperties("rapport.calendar")
public record CalendarProperties(Duration pollInterval, Duration connectTimeout, Duration readTimeout, Integer maxRedirects,
		Boolean allowPrivateHosts) {

	public CalendarProperties {
		pollInterval = pollInterval == null ? Duration.ofMinutes(30) : pollInterval;
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
		maxRedirects = maxRedirects == null ? 5 : maxRedirects;
		allowPrivateHosts = allowPrivateHosts != null && allowPrivateHosts;
		if (pollInterval.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException("rapport.calendar.poll-interval is " + pollInterval + "; it must be at least a minute");
		}
		if (maxRedirects < 0 || maxRedirects > 10) {
			throw new IllegalArgumentException("rapport.calendar.max-redirects is " + maxRedirects + "; it must be 0 to 10");
		}
	}
}
