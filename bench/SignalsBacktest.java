import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.rapport.RapportApplication;
import io.rapport.demo.DemoGroundTruth;
import io.rapport.demo.Drift;
import io.rapport.demo.DriftPath;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.SalesHistory;
import io.rapport.signals.PartnershipRisk;
import io.rapport.signals.PartnershipSignals;
import io.rapport.signals.Severity;

/**
 * Backtest of the early warning on the demo's history: generates the demo programme (its drifting
 * partners' ground truth kept by the generator), then replays the last year week by week — the
 * product reads the signs every Monday — asking, on each day, only what was known on that day:
 * which partnerships does the early warning alert, and which does the naive rule ("no sale for 90
 * days") flag? Scores both against the ground truth in the same run: precision, recall, and the
 * lead time (weeks from the first alert after the drift began to the partner's last sale).
 */
public class SignalsBacktest {

	static final int NAIVE_DAYS = 90;

	public static void main(String[] args) throws Exception {
		String scale = args.length > 0 ? args[0] : "S";
		int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 52;
		Path data = Files.createTempDirectory("rapport-backtest-");
		long started = System.nanoTime();
		ConfigurableApplicationContext context = SpringApplication.run(RapportApplication.class, "--rapport.demo.scale=" + scale,
				"--rapport.embedded-db.data-dir=" + data.resolve("pg"), "--rapport.embedded-db.port=0", "--server.port=0",
				"--rapport.engagement.backfill=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			long generated = System.nanoTime();
			run(context, scale, weeks, (generated - started) / 1_000_000_000.0);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	static void run(ConfigurableApplicationContext context, String scale, int weeks, double generationSeconds) {
		PartnershipSignals signals = context.getBean(PartnershipSignals.class);
		SalesHistory sales = context.getBean(SalesHistory.class);
		List<Drift> drifts = context.getBean(DemoGroundTruth.class).drifts();
		Map<UUID, Drift> truth = new HashMap<>();
		drifts.forEach(d -> truth.put(d.partnershipId(), d));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		LocalDate first = today.minusWeeks(weeks);
		Map<String, Outcome> rules = new java.util.LinkedHashMap<>();
		for (String rule : List.of("early warning, any alert", "early warning, medium or high", "early warning, high",
				"naive: no sale for 90 days")) {
			rules.put(rule, new Outcome());
		}
		Map<UUID, LocalDate> lastSale = new HashMap<>();
		Set<UUID> population = new HashSet<>();
		long replayStarted = System.nanoTime();
		int readings = 0;
		for (VendorProgramme programme : context.getBean(VendorProgrammes.class).all()) {
			Map<UUID, List<LocalDate>> days = sales.sellingDays(programme.vendorId(), today);
			days.forEach((id, list) -> lastSale.put(id, list.get(list.size() - 1)));
			for (LocalDate day = first; !day.isAfter(today); day = day.plusWeeks(1)) {
				final LocalDate asOf = day;
				readings++;
				for (PartnershipRisk risk : signals.assess(programme.vendorId(), asOf)) {
					List<LocalDate> sold = days.getOrDefault(risk.partnershipId(), List.of());
					if (sold.isEmpty() || sold.get(0).isAfter(asOf)) {
						continue;
					}
					population.add(risk.partnershipId());
					LocalDate lastBefore = null;
					for (LocalDate d : sold) {
						if (d.isAfter(asOf)) {
							break;
						}
						lastBefore = d;
					}
					boolean naive = ChronoUnit.DAYS.between(lastBefore, asOf) >= NAIVE_DAYS;
					Severity severity = risk.severity();
					note(rules.get("early warning, any alert"), risk.partnershipId(), asOf, severity != null, truth);
					note(rules.get("early warning, medium or high"), risk.partnershipId(), asOf,
							severity != null && severity.compareTo(Severity.MEDIUM) >= 0, truth);
					note(rules.get("early warning, high"), risk.partnershipId(), asOf, severity == Severity.HIGH, truth);
					note(rules.get("naive: no sale for 90 days"), risk.partnershipId(), asOf, naive, truth);
				}
			}
		}
		double replaySeconds = (System.nanoTime() - replayStarted) / 1e9;
		Set<UUID> drifters = new HashSet<>();
		for (Drift drift : drifts) {
			if (population.contains(drift.partnershipId())) {
				drifters.add(drift.partnershipId());
			}
		}
		System.out.printf("scale=%s partnerships=%d drifting=%d (abrupt %d, fade %d, shift %d) weeks=%d readings=%d "
				+ "generation-s=%.0f replay-s=%.1f%n", scale, population.size(), drifters.size(),
				count(drifts, drifters, DriftPath.ABRUPT_STOP), count(drifts, drifters, DriftPath.SLOW_FADE),
				count(drifts, drifters, DriftPath.SHIFT_TO_ANOTHER_VENDOR), weeks, readings, generationSeconds, replaySeconds);
		System.out.println("| rule | alerted | true | false | precision | recall | median lead (weeks before last sale) | "
				+ "median weeks after drift began | recall by path: abrupt / fade / shift |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (Map.Entry<String, Outcome> entry : rules.entrySet()) {
			Outcome o = entry.getValue();
			int truePositives = 0;
			List<Double> leads = new ArrayList<>();
			List<Double> delays = new ArrayList<>();
			Map<DriftPath, int[]> byPath = new HashMap<>();
			for (UUID id : drifters) {
				Drift drift = truth.get(id);
				int[] counts = byPath.computeIfAbsent(drift.path(), k -> new int[2]);
				counts[1]++;
				LocalDate detected = o.detected.get(id);
				if (detected != null) {
					truePositives++;
					counts[0]++;
					leads.add(ChronoUnit.DAYS.between(detected, lastSale.get(id)) / 7.0);
					delays.add(ChronoUnit.DAYS.between(drift.startsOn(), detected) / 7.0);
				}
			}
			Set<UUID> falseAlarms = new HashSet<>(o.alarmed);
			falseAlarms.removeAll(o.detected.keySet());
			int alerted = truePositives + falseAlarms.size();
			System.out.printf("| %s | %d | %d | %d | %.2f | %.2f | %.1f | %.1f | %s |%n", entry.getKey(), alerted, truePositives,
					falseAlarms.size(), alerted == 0 ? 0 : (double) truePositives / alerted,
					drifters.isEmpty() ? 0 : (double) truePositives / drifters.size(), median(leads), median(delays),
					recall(byPath, DriftPath.ABRUPT_STOP) + " / " + recall(byPath, DriftPath.SLOW_FADE) + " / "
							+ recall(byPath, DriftPath.SHIFT_TO_ANOTHER_VENDOR));
		}
	}

	/**
	 * A firing on a drifting partnership on or after its drift began detects it; any other firing is
	 * a false alarm unless the partnership is detected later.
	 */
	static void note(Outcome outcome, UUID partnershipId, LocalDate asOf, boolean fires, Map<UUID, Drift> truth) {
		if (!fires) {
			return;
		}
		Drift drift = truth.get(partnershipId);
		if (drift != null && !asOf.isBefore(drift.startsOn())) {
			outcome.detected.putIfAbsent(partnershipId, asOf);
		}
		else {
			outcome.alarmed.add(partnershipId);
		}
	}

	static final class Outcome {

		final Map<UUID, LocalDate> detected = new HashMap<>();

		final Set<UUID> alarmed = new HashSet<>();
	}

	static long count(List<Drift> drifts, Set<UUID> in, DriftPath path) {
		return drifts.stream().filter(d -> d.path() == path && in.contains(d.partnershipId())).count();
	}

	static String recall(Map<DriftPath, int[]> byPath, DriftPath path) {
		int[] counts = byPath.get(path);
		return counts == null || counts[1] == 0 ? "—" : String.format("%.2f", (double) counts[0] / counts[1]);
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
