package io.rapport.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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

	EngagementRefresh(EngagementCalculator calculator, VendorProgrammes programmes, JdbcClient jdbc) {
		this.calculator = calculator;
		this.programmes = programmes;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(EngagementInputsChanged changed) {
		if (changed.everyStoredQuarter()) {
			recomputeStoredQuarters(changed.vendorId());
		}
		else {
			refreshCurrentQuarter(changed.vendorId());
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
		VendorProgramme programme = programmes.find(vendorId).orElse(null);
		if (programme == null) {
			return;
		}
		Requests pending = requests.computeIfAbsent(vendorId, k -> new Requests());
		pending.count.incrementAndGet();
		while (pending.running.compareAndSet(false, true)) {
			long seen;
			try {
				do {
					seen = pending.count.get();
					compute(programme, programme.calendar().quarterOf(LocalDate.now(programme.timeZone())));
				}
				while (pending.count.get() != seen);
			}
			finally {
				pending.running.set(false);
			}
			if (pending.count.get() == seen) {
				return;
			}
		}
	}

	void recomputeStoredQuarters(UUID vendorId) {
		VendorProgramme programme = programmes.find(vendorId).orElse(null);
		if (programme == null) {
			return;
		}
		List<Quarter> quarters = jdbc.sql("""
				select fiscal_year, fiscal_quarter from engagement_channel_snapshot where vendor_id = ?
				order by fiscal_year desc, fiscal_quarter desc""")
			.param(vendorId)
			.query((rs, n) -> new Quarter(rs.getInt(1), rs.getInt(2)))
			.list();
		Instant started = Instant.now();
		progress.put(vendorId, new RecomputeProgress(quarters.size(), 0, true, started, null));
		int done = 0;
		for (Quarter quarter : quarters) {
			compute(programme, quarter);
			progress.put(vendorId, new RecomputeProgress(quarters.size(), ++done, done < quarters.size(), started,
					done < quarters.size() ? null : Instant.now()));
		}
		if (quarters.isEmpty()) {
			progress.put(vendorId, new RecomputeProgress(0, 0, false, started, Instant.now()));
		}
		log.info("Recomputed {} quarters of {} with new weights", quarters.size(), programme.vendorName());
	}

	private void compute(VendorProgramme programme, Quarter quarter) {
		computing.acquireUninterruptibly();
		try {
			calculator.recompute(programme, quarter);
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
