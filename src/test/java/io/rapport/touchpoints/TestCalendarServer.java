package io.rapport.touchpoints;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A published calendar served from the test's own JVM on 127.0.0.1: an ETag per version of the
 * calendar, 304 when the client sends the current one back, or a failing status on demand. It
 * records the If-None-Match of every request, so a test sees that a sync asked conditionally.
 */
public final class TestCalendarServer implements AutoCloseable {

	private final HttpServer server;

	private final List<String> conditions = new CopyOnWriteArrayList<>();

	private volatile String body = "";

	private volatile String etag = null;

	private volatile int status = 200;

	private int version;

	private TestCalendarServer(HttpServer server) {
		this.server = server;
	}

	public static TestCalendarServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			TestCalendarServer calendar = new TestCalendarServer(server);
			server.createContext("/", exchange -> {
				String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
				calendar.conditions.add(condition == null ? "" : condition);
				int answer = calendar.status;
				if (answer != 200) {
					byte[] text = "no".getBytes(StandardCharsets.UTF_8);
					exchange.sendResponseHeaders(answer, text.length);
					exchange.getResponseBody().write(text);
				}
				else if (calendar.etag != null && calendar.etag.equals(condition)) {
					exchange.getResponseHeaders().add("ETag", calendar.etag);
					exchange.sendResponseHeaders(304, -1);
				}
				else {
					byte[] ics = calendar.body.getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
					if (calendar.etag != null) {
						exchange.getResponseHeaders().add("ETag", calendar.etag);
					}
					exchange.sendResponseHeaders(200, ics.length);
					exchange.getResponseBody().write(ics);
				}
				exchange.close();
			});
			server.start();
			return calendar;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The calendar's published address. */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/calendars/secret-token-4711/basic.ics";
	}

	/** Publishes a new version of the calendar, with an ETag of its own. */
	public synchronized void serve(String ics) {
		body = ics;
		etag = "\"v" + (++version) + "\"";
		status = 200;
	}

	/** Answers every request with this status from now on. */
	public void fail(int status) {
		this.status = status;
	}

	/** The If-None-Match each request sent, "" where it sent none, oldest first. */
	public List<String> conditions() {
		return List.copyOf(conditions);
	}

	public String etag() {
		return etag;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** A meeting with a partner at ten o'clock UTC on a day. */
	public record Meeting(String uid, LocalDate day, String summary, String attendee) {
	}

	/** An Outlook-like calendar of meetings organised by {@code organizer}. */
	public static String calendar(String organizer, List<Meeting> meetings) {
		List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
				"VERSION:2.0", "METHOD:PUBLISH"));
		DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
		for (Meeting m : meetings) {
			lines.addAll(List.of("BEGIN:VEVENT", "UID:" + m.uid(), "DTSTART:" + m.day().format(day) + "T100000Z",
					"DTEND:" + m.day().format(day) + "T110000Z", "SUMMARY:" + m.summary(), "ORGANIZER:mailto:" + organizer,
					"ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + m.attendee(), "END:VEVENT"));
		}
		lines.add("END:VCALENDAR");
		return String.join("\r\n", lines) + "\r\n";
	}
}
