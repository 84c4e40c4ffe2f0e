package io.rapport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application's REST API over real HTTP, as one user or anonymously. */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String authorization;

	private ApiClient(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	/** Signs in with HTTP Basic; every demo user's password is {@code demo}. */
	public static ApiClient as(int port, String email) {
		return basic(port, email, "demo");
	}

	public static ApiClient basic(int port, String email, String password) {
		return new ApiClient(port, "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public static ApiClient bearer(int port, String token) {
		return new ApiClient(port, "Bearer " + token);
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, String json) {
		return send("POST", path, json);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	public Response send(String method, String path, String json) {
		return send(method, path, json, "application/json, application/problem+json");
	}

	/** Uploads a file as the multipart field {@code file}, as the import page does. */
	public Response upload(String path, String fileName, byte[] content) {
		String boundary = "----rapport" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(120))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return execute(request, "POST", path);
	}

	/** Reads a plain-text resource such as the Prometheus scrape. */
	public Response getText(String path) {
		return send("GET", path, null, "text/plain");
	}

	/** Reads a plain-text resource sending a header of its own, e.g. the scrape token. */
	public Response getText(String path, String header, String value) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/plain")
			.header(header, value)
			.GET();
		return execute(request, "GET", path);
	}

	private Response send(String method, String path, String json, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", accept)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return execute(request, method, path);
	}

	private Response execute(HttpRequest.Builder request, String method, String path) {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers());
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
	}

	public record Response(int status, String contentType, String body, HttpHeaders headers) {

		/** The first value of a response header, or {@code null} when it is absent. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
		}
	}
}
