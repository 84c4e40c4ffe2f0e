package io.rapport.demo.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.demo.DemoContext;
import io.rapport.demo.DemoPartnership;
import io.rapport.demo.DemoStep;
import io.rapport.demo.Drift;
import io.rapport.demo.DriftPath;

/**
 * Picks the partners who walk away, the column's priority 6, before any history is written, so
 * every later step tells the same story: about one partnership in ten with a history of its own,
 * starting some time in the last year, along one of three paths. Some were neglected by their CAM
 * first. Kept as ground truth for the early warning's backtest.
 */
@Component
class DriftStep implements DemoStep {

	/** The chance that an established partnership drifts away. */
	static final double DRIFTING = 0.10;

	/** How much earlier than the drift a partnership must have begun, so there is a habit to break. */
	static final int HISTORY_WEEKS = 70;

	private final JdbcClient jdbc;

	DriftStep(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public void generate(DemoContext context) {
		SplittableRandom random = context.random("drift");
		LocalDate today = context.today();
		Set<UUID> withSeveralVendors = new HashSet<>();
		Set<UUID> seen = new HashSet<>();
		for (DemoPartnership p : context.partnerships()) {
			if (!seen.add(p.partnerId())) {
				withSeveralVendors.add(p.partnerId());
			}
		}
		for (DemoPartnership partnership : context.partnerships()) {
			if (partnership.endedOn() != null || partnership.since().isAfter(today.minusWeeks(HISTORY_WEEKS))
					|| random.nextDouble() >= DRIFTING) {
				continue;
			}
			DriftPath path = DriftPath.values()[random.nextInt(DriftPath.values().length)];
			if (path == DriftPath.SHIFT_TO_ANOTHER_VENDOR && !withSeveralVendors.contains(partnership.partnerId())) {
				path = DriftPath.SLOW_FADE;
			}
			LocalDate startsOn = today.minusWeeks(6 + random.nextInt(52));
			context.drifts().put(partnership.id(), new Drift(partnership.id(), path, startsOn, random.nextDouble() < 0.4));
		}
		List<Drift> drifts = List.copyOf(context.drifts().values());
		for (Drift drift : drifts) {
			jdbc.sql("insert into demo_drift (partnership_id, path, starts_on, neglected) values (?, ?, ?, ?)")
				.params(drift.partnershipId(), drift.path().name(), java.sql.Date.valueOf(drift.startsOn()), drift.neglected())
				.update();
		}
	}
}
