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

	/** Significance levels from the surest to the most eager; the product's default is 0.20. */
	static final double[] LEVELS = { 0.01, 0.05, 0.20 };

	static final String NAIVE = "naive: no sale for 90 days";

	static final String RETENTION_ALONE = "BG/NBD alone: P(alive) below 0.5";

	static String anyAlert(double level) {
		return String.format("early warning at %.2f, any alert", level);
	}

	static String mediumAlert(double level) {
		return String.format("early warning at %.2f, medium or high", level);
	}

	/** The partnership's last selling day up to the day; null if it had not sold yet. */
	static LocalDate lastBefore(List<LocalDate> sold, LocalDate day) {
		LocalDate last = null;
		if (sold != null) {
			for (LocalDate d : sold) {
				if (d.isAfter(day)) {
					break;
				}
				last = d;
			}
		}
		return last;
	}

	/** Which signs stood behind the first alert (at the most eager level) on each partnership. */
	static void tally(PartnershipRisk risk, LocalDate day, Map<UUID, Drift> truth) {
		if (risk.severity() == null) {
			return;
		}
		Drift drift = truth.get(risk.partnershipId());
		boolean drifting = drift != null && !day.isBefore(drift.startsOn());
		if ((drifting ? seenTrue : seenFalse).add(risk.partnershipId())) {
			risk.signals().forEach(sg -> (drifting ? firstTrue : firstFalse).merge(sg.kind().name(), 1, Integer::sum));
		}
	}

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

	static final Map<String, Integer> firstTrue = new java.util.TreeMap<>();

	static final Map<String, Integer> firstFalse = new java.util.TreeMap<>();

	static final Set<UUID> seenTrue = new HashSet<>();

	static final Set<UUID> seenFalse = new HashSet<>();

	static void run(ConfigurableApplicationContext context, String scale, int weeks, double generationSeconds) {
		PartnershipSignals signals = context.getBean(PartnershipSignals.class);
		SalesHistory sales = context.getBean(SalesHistory.class);
		List<Drift> drifts = context.getBean(DemoGroundTruth.class).drifts();
		Map<UUID, Drift> truth = new HashMap<>();
		drifts.forEach(d -> truth.put(d.partnershipId(), d));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		LocalDate first = today.minusWeeks(weeks);
		Map<String, Outcome> rules = new java.util.LinkedHashMap<>();
		for (double level : LEVELS) {
			rules.put(anyAlert(level), new Outcome());
			rules.put(mediumAlert(level), new Outcome());
		}
		for (String rule : List.of(RETENTION_ALONE, NAIVE, "no sale for 60 days", "no sale for 120 days")) {
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
				readings++;
				for (double level : LEVELS) {
					for (PartnershipRisk risk : signals.assess(programme.vendorId(), day, level)) {
						LocalDate lastBefore = lastBefore(days.get(risk.partnershipId()), day);
						if (lastBefore == null) {
							continue;
						}
						population.add(risk.partnershipId());
						Severity severity = risk.severity();
						note(rules.get(anyAlert(level)), risk.partnershipId(), day, severity != null, truth);
						note(rules.get(mediumAlert(level)), risk.partnershipId(), day,
								severity != null && severity.compareTo(Severity.MEDIUM) >= 0, truth);
						if (level == LEVELS[LEVELS.length - 1]) {
							tally(risk, day, truth);
							long silent = ChronoUnit.DAYS.between(lastBefore, day);
							note(rules.get(RETENTION_ALONE), risk.partnershipId(), day, risk.pAlive() != null && risk.pAlive() < 0.5, truth);
							note(rules.get(NAIVE), risk.partnershipId(), day, silent >= NAIVE_DAYS, truth);
							note(rules.get("no sale for 60 days"), risk.partnershipId(), day, silent >= 60, truth);
							note(rules.get("no sale for 120 days"), risk.partnershipId(), day, silent >= 120, truth);
						}
					}
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
		System.out.println();
		System.out.println("| signs at the first alert | on drifting partnerships | on the others |");
		System.out.println("|---|---|---|");
		Set<String> kinds = new java.util.TreeSet<>(firstTrue.keySet());
		kinds.addAll(firstFalse.keySet());
		for (String kind : kinds) {
			System.out.printf("| %s | %d | %d |%n", kind, firstTrue.getOrDefault(kind, 0), firstFalse.getOrDefault(kind, 0));
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
