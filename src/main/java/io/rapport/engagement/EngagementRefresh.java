package io.rapport.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.rapport.common.Quarter;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnershipEnded;
import io.rapport.organizations.PartnershipStarted;
import io.rapport.organizations.PartnershipTierChanged;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/**
 * Keeps the snapshots current in the background: a change to a vendor's sales, touchpoints,
 * norms or partnerships recomputes its current quarter; new weights recompute every stored
 * quarter, with progress to show.
 *
 * <p>Design note: an import may publish a change while the previous one is still being computed.
 * Requests are counted, not queued; whoever computes loops until no request arrived during its
 * last pass, so a burst of changes costs one or two passes, never one per change, and none is lost.
 * When a change names its partnerships, they are rescored first, at once; the count goes up before
 * that, so a pass that read its inputs earlier is not stored over the fresher figures but redone.
 */
@Component
public class EngagementRefresh {

	private static final Logger log = LoggerFactory.getLogger(EngagementRefresh.class);

	private final EngagementCalculator calculator;

	private final VendorProgrammes programmes;

	private final JdbcClient jdbc;

	private final Map<UUID, Requests> requests = new ConcurrentHashMap<>();

	private final Map<UUID, RecomputeProgress> progress = new ConcurrentHashMap<>();

	/**
	 * Computations at once: one per core. An import of many vendors' data triggers many at the same
	 * moment, and more running side by side than there are cores only makes each one slower.
	 */
	private final Semaphore computing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	/** How long a reader waits for a place in the pool before being asked to come back. */
	static final Duration ON_DEMAND_WAIT = Duration.ofSeconds(30);

	private final PartnershipRescoring rescoring;

	private final EngagementProperties properties;

	/** Vendors whose history is being filled in, so a burst of changes starts it once. */
	private final Set<UUID> backfilling = ConcurrentHashMap.newKeySet();

	private final Clock clock;

	EngagementRefresh(EngagementCalculator calculator, PartnershipRescoring rescoring, VendorProgrammes programmes,
			JdbcClient jdbc, EngagementProperties properties, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.calculator = calculator;
		this.rescoring = rescoring;
		this.programmes = programmes;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(EngagementInputsChanged changed) {
		if (changed.everyStoredQuarter()) {
			recomputeStoredQuarters(changed.vendorId());
			return;
		}
		refreshCurrentQuarter(changed.vendorId(), changed.partnershipIds());
		if (changed.since() != null) {
			recomputePastQuartersSince(changed.vendorId(), changed.since());
		}
	}

	@ApplicationModuleListener
	void on(PartnershipStarted started) {
		refreshCurrentQuarter(started.vendorId());
	}

	@ApplicationModuleListener
	void on(PartnershipTierChanged changed) {
		refreshCurrentQuarter(changed.vendorId());
	}

	@ApplicationModuleListener
	void on(PartnershipEnded ended) {
		refreshCurrentQuarter(ended.vendorId());
	}

	@ApplicationModuleListener
	void on(EngagementWeightsChanged changed) {
		recomputeStoredQuarters(changed.vendorId());
	}

	/** The vendor's latest background recompute, for the weight editor's progress bar. */
	public RecomputeProgress progress(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return progress.getOrDefault(vendorId, RecomputeProgress.NONE);
	}

	void refreshCurrentQuarter(UUID vendorId) {
		refreshCurrentQuarter(vendorId, Set.of());
	}

	void refreshCurrentQuarter(UUID vendorId, Set<UUID> changed) {
		VendorProgramme programme = programmes.find(vendorId).orElse(null);
		if (programme == null) {
			return;
		}
		Quarter quarter = programme.calendar().quarterOf(LocalDate.now(programme.timeZone()));
		Requests pending = requests.computeIfAbsent(vendorId, k -> new Requests());
		pending.count.incrementAndGet();
		if (!changed.isEmpty()) {
			rescore(programme, quarter, changed);
		}
		while (pending.running.compareAndSet(false, true)) {
			long seen;
			try {
				do {
					long pass = pending.count.get();
					seen = pass;
					compute(programme, quarter, () -> pending.count.get() != pass);
				}
				while (pending.count.get() != seen);
			}
			finally {
				pending.running.set(false);
			}
			if (pending.count.get() == seen) {
				backfill(programme, quarter);
				return;
			}
		}
	}

	/**
	 * Computes the quarters of the last two years nobody has asked for yet, newest first. A quarter
	 * whose inputs changed while it was computed is computed again (a few times at most), since the
	 * change's own refresh only revisits quarters stored before it.
	 */
	private void backfill(VendorProgramme programme, Quarter current) {
		if (!properties.backfill() || !backfilling.add(programme.vendorId())) {
			return;
		}
		try {
			Requests pending = requests.computeIfAbsent(programme.vendorId(), k -> new Requests());
			java.util.Set<Quarter> stored = new java.util.HashSet<>(storedQuarters(programme.vendorId()));
			Quarter quarter = current.previous();
			for (int i = 1; i < EngagementQueries.HISTORY_QUARTERS; i++, quarter = quarter.previous()) {
				for (int attempt = 0; attempt < 3 && !stored.contains(quarter); attempt++) {
					long seen = pending.count.get();
					if (compute(programme, quarter, () -> pending.count.get() != seen)) {
						stored.add(quarter);
					}
				}
			}
		}
		finally {
			backfilling.remove(programme.vendorId());
		}
	}

	/**
	 * Past data changed (an import of last year's sales, a meeting entered late): every stored quarter
	 * before the current one whose four-quarter window reaches the day is recomputed, newest first.
	 */
	void recomputePastQuartersSince(UUID vendorId, LocalDate since) {
		VendorProgramme programme = programmes.find(vendorId).orElse(null);
		if (programme == null) {
			return;
		}
		Quarter current = programme.calendar().quarterOf(LocalDate.now(programme.timeZone()));
		for (Quarter quarter : storedQuarters(vendorId)) {
			if (quarter.compareTo(current) < 0 && !quarter.endIn(programme.calendar()).isBefore(since)) {
				compute(programme, quarter, () -> false);
			}
		}
	}

	private List<Quarter> storedQuarters(UUID vendorId) {
		return jdbc.sql("""
				select fiscal_year, fiscal_quarter from engagement_channel_snapshot where vendor_id = ?
				order by fiscal_year desc, fiscal_quarter desc""")
			.param(vendorId)
			.query((rs, n) -> new Quarter(rs.getInt(1), rs.getInt(2)))
			.list();
	}

	void recomputeStoredQuarters(UUID vendorId) {
		VendorProgramme programme = programmes.find(vendorId).orElse(null);
		if (programme == null) {
			return;
		}
		List<Quarter> quarters = storedQuarters(vendorId);
		Instant started = Instant.now(clock);
		progress.put(vendorId, new RecomputeProgress(quarters.size(), 0, true, started, null));
		int done = 0;
		for (Quarter quarter : quarters) {
			compute(programme, quarter, () -> false);
			progress.put(vendorId, new RecomputeProgress(quarters.size(), ++done, done < quarters.size(), started,
					done < quarters.size() ? null : Instant.now(clock)));
		}
		if (quarters.isEmpty()) {
			progress.put(vendorId, new RecomputeProgress(0, 0, false, started, Instant.now(clock)));
		}
		log.info("Recomputed {} quarters of {} with new weights", quarters.size(), programme.vendorName());
	}

	private void rescore(VendorProgramme programme, Quarter quarter, Set<UUID> changed) {
		long started = System.nanoTime();
		try {
			if (rescoring.rescore(programme, quarter, changed)) {
				log.debug("Rescored {} partnerships of {} in {} ms", changed.size(), programme.vendorName(),
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (RuntimeException e) {
			// The recompute that follows brings them up to date all the same.
			log.warn("Could not rescore {} partnerships of {} at once", changed.size(), programme.vendorName(), e);
		}
	}

	/**
	 * Computes a quarter a reader asked for that nobody computed yet. It takes a place in the same
	 * bounded pool as the background work, so readers asking for many past quarters at once queue
	 * behind the cores instead of each starting a computation of its own (issue 12).
	 * @throws EngagementBusyException when no place frees up within {@link #ON_DEMAND_WAIT}
	 */
	void computeOnDemand(VendorProgramme programme, Quarter quarter) {
		boolean admitted;
		try {
			admitted = computing.tryAcquire(ON_DEMAND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EngagementBusyException();
		}
		if (!admitted) {
			throw new EngagementBusyException();
		}
		try {
			calculator.recompute(programme, quarter);
		}
		finally {
			computing.release();
		}
	}

	private boolean compute(VendorProgramme programme, Quarter quarter, BooleanSupplier superseded) {
		computing.acquireUninterruptibly();
		try {
			return calculator.recompute(programme, quarter, superseded);
		}
		finally {
			computing.release();
		}
	}

	private static final class Requests {

		final AtomicLong count = new AtomicLong();

		final AtomicBoolean running = new AtomicBoolean();
	}
}
