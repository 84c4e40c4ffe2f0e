package io.rapport.engagement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.Quarter;
import io.rapport.engagement.scoring.RankedScore;
import io.rapport.engagement.scoring.Score;
import io.rapport.engagement.scoring.ScoringEngine;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import tools.jackson.databind.ObjectMapper;

import static io.rapport.engagement.EngagementCalculator.DRAWS;
import static io.rapport.engagement.EngagementCalculator.SPREAD;
import static io.rapport.engagement.EngagementCalculator.only;
import static io.rapport.engagement.EngagementCalculator.specs;
import static io.rapport.engagement.SnapshotRows.clampScore;
import static io.rapport.engagement.SnapshotRows.clampShare;

/**
 * Rescores the few partnerships whose data just changed, within a second even in a programme of
 * thousands: their raw values are read afresh, everyone else's come from the stored snapshot, and
 * the changed ones are scored and placed, rank interval included, exactly as a recompute of the
 * whole programme would place them on the same data.
 *
 * <p>Design note: the other partnerships' stored rows are left alone here, although a changed
 * value shifts percentiles and ranks around it a little; the recompute of the whole programme that
 * follows every change settles them seconds later. Whenever the stored quarter cannot serve as the
 * background (none yet, other weights, a partnership it does not hold) this declines, and only the
 * recompute runs.
 */
@Component
class PartnershipRescoring {

	/** Beyond this many partnerships a change is a bulk import: recomputing everything is as quick. */
	static final int MOST = 200;

	private final EngagementCalculator calculator;

	private final EngagementWeights weights;

	private final SnapshotRows rows;

	private final SnapshotCache cache;

	private final PartnershipQueries partnerships;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final JdbcTemplate batch;


	private final TransactionTemplate writing;

	PartnershipRescoring(EngagementCalculator calculator, EngagementWeights weights, SnapshotRows rows, SnapshotCache cache,
			PartnershipQueries partnerships, JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json,
			PlatformTransactionManager transactions) {
		this.calculator = calculator;
		this.weights = weights;
		this.rows = rows;
		this.cache = cache;
		this.partnerships = partnerships;
		this.jdbc = jdbc;
		this.json = json;
		this.batch = batch;
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @return whether the partnerships were rescored; if not, only a full recompute brings them up to date */
	boolean rescore(VendorProgramme programme, Quarter quarter, Set<UUID> changed) {
		if (changed.isEmpty() || changed.size() > MOST) {
			return false;
		}
		return Boolean.TRUE.equals(writing.execute(status -> {
			calculator.lock(programme, quarter);
			return rescoreLocked(programme, quarter, changed);
		}));
	}

	private boolean rescoreLocked(VendorProgramme programme, Quarter quarter, Set<UUID> changed) {
		EngagementWeights.WeightSet weightSet = weights.currentUnscoped(programme.vendorId());
		Map<UUID, Map<String, Double>> subjects = new LinkedHashMap<>();
		for (PartnershipEngagement row : rows.all(programme, quarter)) {
			if (row.weightsVersion() != weightSet.version()) {
				return false;
			}
			subjects.put(row.partnershipId(), rawValues(row));
		}
		Map<UUID, PartnershipEntry> register = partnerships.register(programme.vendorId()).stream()
			.collect(Collectors.toMap(PartnershipEntry::partnershipId, Function.identity()));
		if (!subjects.keySet().containsAll(changed) || !register.keySet().containsAll(changed)) {
			return false;
		}
		IndicatorContributor.Contribution fresh = calculator.gather(programme, changed,
				quarter.previous().previous().previous(), quarter);
		changed.forEach(id -> subjects.put(id, fresh.values().getOrDefault(id, Map.of())));
		List<IndicatorDefinition> definitions = weights.definitions();
		Map<String, Double> weightMap = weightSet.weights();
		long seed = EngagementCalculator.seed(programme, quarter);
		Map<String, Double> targets = calculator.targets(programme);
		Map<UUID, RankedScore> pei = ScoringEngine.rankOnly(subjects, specs(definitions, targets, Side.PEI, false),
				only(weightMap, definitions, Side.PEI, false), DRAWS, SPREAD, seed, changed);
		Map<UUID, RankedScore> vei = ScoringEngine.rankOnly(subjects, specs(definitions, targets, Side.VEI, false),
				only(weightMap, definitions, Side.VEI, false), DRAWS, SPREAD, seed + 1, changed);
		Map<UUID, Score> engagement = ScoringEngine.score(subjects, specs(definitions, targets, Side.PEI, true),
				only(weightMap, definitions, Side.PEI, true));
		Map<UUID, PartnershipEngagement> rescored = new HashMap<>();
		List<Object[]> updates = new ArrayList<>(changed.size());
		for (UUID id : changed) {
			RankedScore p = pei.get(id);
			RankedScore v = vei.get(id);
			Map<String, String> facts = fresh.facts().getOrDefault(id, Map.of());
			updates.add(new Object[] { weightSet.version(), clampScore(p.score().score()), clampShare(p.score().coverage()),
					p.rank(), p.rankLow(), p.rankHigh(), clampScore(v.score().score()), clampShare(v.score().coverage()), v.rank(),
					v.rankLow(), v.rankHigh(), clampScore(engagement.get(id).score()), facts.get("communication"),
					json.writeValueAsString(SnapshotRows.detail(p, v, facts)), id, quarter.fiscalYear(), quarter.number() });
			rescored.put(id, SnapshotRows.computed(programme, quarter, register.get(id), p, v, engagement.get(id), facts,
					weightSet.version()));
		}
		// One round trip for all of them: the rescoring holds the vendor's lock while it writes.
		batch.batchUpdate("""
				update engagement_snapshot set weights_version = ?, pei_score = ?, pei_coverage = ?, pei_rank = ?,
				    pei_rank_low = ?, pei_rank_high = ?, vei_score = ?, vei_coverage = ?, vei_rank = ?, vei_rank_low = ?,
				    vei_rank_high = ?, engagement_score = ?, communication = ?, detail = ?::jsonb, computed_at = now()
				where partnership_id = ? and fiscal_year = ? and fiscal_quarter = ?""", updates);
		EngagementCalculator.afterCommit(() -> cache.patch(programme.vendorId(), quarter, rescored));
		return true;
	}

	/** The raw values a stored row was scored from; an indicator it lacks was missing. */
	private static Map<String, Double> rawValues(PartnershipEngagement row) {
		Map<String, Double> raw = new HashMap<>();
		row.pei().indicators().forEach(i -> raw.put(i.key(), i.raw()));
		row.vei().indicators().forEach(i -> raw.put(i.key(), i.raw()));
		return raw;
	}
}
