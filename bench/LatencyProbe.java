import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load generator for Rapport's read endpoints on loopback: N clients, each sending
 * its share of a fixed number of requests one after another, cycling through the given paths.
 * Prints p50/p95/p99 latency and throughput after a warm-up. Stops by itself.
 *
 * Usage: java bench/LatencyProbe.java BASE_URL TOKEN CLIENTS REQUESTS WARMUP PATH [PATH...]
 */
public class LatencyProbe {

	public static void main(String[] args) throws Exception {
		if (args.length < 6) {
			System.err.println("usage: LatencyProbe BASE_URL TOKEN CLIENTS REQUESTS WARMUP PATH [PATH...]");
			System.exit(2);
		}
		String base = args[0];
		String token = args[1];
		int clients = Integer.parseInt(args[2]);
		int requests = Integer.parseInt(args[3]);
		int warmup = Integer.parseInt(args[4]);
		List<String> paths = Arrays.asList(args).subList(5, args.length);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		run(http, base, token, clients, warmup, paths);
		long started = System.nanoTime();
		long[] latencies = run(http, base, token, clients, requests, paths);
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		System.out.printf("requests=%d clients=%d seconds=%.2f throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
				requests, clients, seconds, requests / seconds, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
				latencies[latencies.length - 1] / 1e6);
	}

	private static long[] run(HttpClient http, String base, String token, int clients, int requests, List<String> paths)
			throws Exception {
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
						.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							failures.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		pool.shutdown();
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " requests failed");
		}
		return latencies;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}
}
