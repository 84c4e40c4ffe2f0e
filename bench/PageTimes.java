import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times pages as a person meets them: signs in through the login form (session cookie, CSRF) and
 * loads each page once cold (the first request for it since the start) and then WARM times; prints
 * a Markdown row per page with cold, warm median and warm p95 in milliseconds, and each warm median
 * as a ratio to the baseline (a static file served by the same server in the same run).
 * <p>
 * {@code java bench/PageTimes.java BASE WARM EMAIL PATH... [-- EMAIL PATH...]}
 */
public class PageTimes {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int warm = Integer.parseInt(args[1]);
		double baseline = -1;
		System.out.println("| who | page | status | cold ms | warm median ms | warm p95 ms | warm ÷ static file |");
		System.out.println("|---|---|---|---|---|---|---|");
		List<String> rest = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
		while (!rest.isEmpty()) {
			String email = rest.remove(0);
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
			signIn(http, base, email);
			if (baseline < 0) {
				baseline = times(http, base + "/css/rapport.css", warm)[1];
				System.out.printf("| — | /css/rapport.css (baseline) | 200 | — | %.1f | — | 1.00 |%n", baseline);
			}
			while (!rest.isEmpty() && !rest.get(0).equals("--")) {
				String path = rest.remove(0);
				double[] t = times(http, base + path, warm);
				System.out.printf("| %s | `%s` | %d | %.0f | %.0f | %.0f | %.1f |%n", email, path, (int) t[3], t[0], t[1], t[2],
						t[1] / baseline);
			}
			if (!rest.isEmpty()) {
				rest.remove(0);
			}
		}
	}

	private static void signIn(HttpClient http, String base, String email) throws Exception {
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + email + ": " + response.statusCode() + " " + location);
		}
	}

	/** @return cold ms, warm median ms, warm p95 ms, status */
	private static double[] times(HttpClient http, String url, int warm) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
		long start = System.nanoTime();
		HttpResponse<byte[]> first = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		double cold = (System.nanoTime() - start) / 1e6;
		double[] samples = new double[warm];
		for (int i = 0; i < warm; i++) {
			long s = System.nanoTime();
			http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			samples[i] = (System.nanoTime() - s) / 1e6;
		}
		Arrays.sort(samples);
		return new double[] { cold, samples[warm / 2], samples[Math.min(warm - 1, (int) Math.ceil(warm * 0.95) - 1)],
				first.statusCode() };
	}
}
