package io.rapport.engagement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.Quarter;
import io.rapport.common.db.CopyWriter;
import io.rapport.engagement.scoring.IndicatorSpec;
import io.rapport.engagement.scoring.RankedScore;
import io.rapport.engagement.scoring.Score;
import io.rapport.engagement.scoring.ScoringEngine;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import tools.jackson.databind.ObjectMapper;

import static io.rapport.engagement.SnapshotRows.clampScore;
import static io.rapport.engagement.SnapshotRows.clampShare;

/**
 * Computes a programme's engagement for a fiscal quarter from the contributed indicators and
 * keeps it as that quarter's snapshot. Unscoped: callers have checked the caller's rights.
 */
@Service
public class EngagementCalculator {

	/** Weight perturbations per rank interval: enough for stable 5th and 95th percentiles. */
	static final int DRAWS = 1000;

	/** Each weight is multiplied by a factor from [0.5, 1.5]. */
	static final double SPREAD = 0.5;

	private static final Logger log = LoggerFactory.getLogger(EngagementCalculator.class);

	private final List<IndicatorContributor> contributors;

	private final PartnershipQueries partnerships;

	private final EngagementWeights weights;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ObjectMapper json;


	private final SnapshotCache cache;

	private final TransactionTemplate writing;

	EngagementCalculator(List<IndicatorContributor> contributors, PartnershipQueries partnerships,
			EngagementWeights weights, JdbcClient jdbc, DataSource dataSource, ObjectMapper json,
			PlatformTransactionManager transactions, SnapshotCache cache) {
		this.cache = cache;
		// Its own transaction even inside a listener's: the snapshot is visible the moment it is stored.
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.contributors = contributors;
		this.partnerships = partnerships;
		this.weights = weights;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
	}

	/** The programme's engagement in a quarter, in memory, with the given weights. */
	ProgrammeEngagement compute(VendorProgramme programme, Quarter quarter, Map<String, Double> weightMap) {
		Quarter first = quarter.previous().previous().previous();
		List<IndicatorDefinition> definitions = weights.definitions();
		Map<UUID, PartnershipEntry> population = new LinkedHashMap<>();
		List<PartnershipEntry> register = partnerships.register(programme.vendorId());
		for (PartnershipEntry entry : register) {
			if (entry.activeDuring(first.startIn(programme.calendar()), quarter.endIn(programme.calendar()))) {
				population.put(entry.partnershipId(), entry);
			}
		}
		IndicatorContributor.Contribution inputs = gather(programme, population.keySet(), first, quarter);
		Map<UUID, Map<String, Double>> values = inputs.values();
		Map<UUID, Map<String, String>> facts = inputs.facts();
		Map<String, Double> channelValues = new HashMap<>();
		List<CadenceResult> cadence = new ArrayList<>();
		for (IndicatorContributor contributor : contributors) {
			channelValues.putAll(contributor.channelValues(programme, first, quarter));
			cadence.addAll(contributor.cadence(programme, quarter));
		}
		Map<UUID, Map<String, Double>> subjects = new LinkedHashMap<>();
		population.keySet().forEach(id -> subjects.put(id, values.getOrDefault(id, Map.of())));
		long seed = seed(programme, quarter);
		Map<String, Double> targets = targets(programme);
		Map<UUID, RankedScore> pei = ScoringEngine.rank(subjects, specs(definitions, targets, Side.PEI, false), only(weightMap, definitions, Side.PEI, false), DRAWS, SPREAD, seed);
		Map<UUID, RankedScore> vei = ScoringEngine.rank(subjects, specs(definitions, targets, Side.VEI, false), only(weightMap, definitions, Side.VEI, false), DRAWS, SPREAD, seed + 1);
		Map<UUID, Score> engagement = ScoringEngine.score(subjects, specs(definitions, targets, Side.PEI, true), only(weightMap, definitions, Side.PEI, true));
		Score channel = ScoringEngine.score(Map.of(programme.vendorId(), channelValues), specs(definitions, targets, Side.CHANNEL, false),
				only(weightMap, definitions, Side.CHANNEL, false)).get(programme.vendorId());
		return new ProgrammeEngagement(programme, quarter, register, population, pei, vei, engagement, facts, channel, cadence);
	}

	/** Every contributor's raw values and facts for the given partnerships over the window. */
	IndicatorContributor.Contribution gather(VendorProgramme programme, Set<UUID> partnershipIds, Quarter first, Quarter last) {
		Map<UUID, Map<String, Double>> values = new HashMap<>();
		Map<UUID, Map<String, String>> facts = new HashMap<>();
		for (IndicatorContributor contributor : contributors) {
			IndicatorContributor.Contribution contribution = contributor.contribute(programme, partnershipIds, first, last);
			contribution.values().forEach((id, v) -> {
				if (partnershipIds.contains(id)) {
					values.computeIfAbsent(id, k -> new HashMap<>()).putAll(v);
				}
			});
			contribution.facts().forEach((id, f) -> {
				if (partnershipIds.contains(id)) {
					facts.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(f);
				}
			});
		}
		return new IndicatorContributor.Contribution(values, facts);
	}

	/** Computes the quarter with the vendor's current weights and replaces its snapshot. */
	public void recompute(VendorProgramme programme, Quarter quarter) {
		recompute(programme, quarter, () -> false);
	}

	/**
	 * Computes the quarter with the vendor's current weights and replaces its snapshot, unless it
	 * was superseded meanwhile: when a partnership was rescored after this computation read its
	 * inputs, storing it would put older figures back, so it is dropped and the caller computes again.
	 *
	 * @return whether the snapshot was stored
	 */
	boolean recompute(VendorProgramme programme, Quarter quarter, BooleanSupplier superseded) {
		long started = System.nanoTime();
		EngagementWeights.WeightSet weightSet = weights.currentUnscoped(programme.vendorId());
		ProgrammeEngagement result = compute(programme, quarter, weightSet.weights());
		Boolean stored = writing.execute(status -> {
			// One writer per programme and quarter at a time; the check for a newer rescoring comes after the lock.
			lock(programme, quarter);
			if (superseded.getAsBoolean()) {
				return false;
			}
			store(result, weightSet.version());
			return true;
		});
		if (Boolean.TRUE.equals(stored)) {
			log.info("Engagement of {} for {}: {} partnerships in {} ms", programme.vendorName(), quarter,
					result.population().size(), (System.nanoTime() - started) / 1_000_000);
		}
		return Boolean.TRUE.equals(stored);
	}

	/** Takes the programme's quarter for the rest of the transaction. */
	void lock(VendorProgramme programme, Quarter quarter) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)")
			.params(programme.vendorId().hashCode(), quarter.fiscalYear() * 4 + quarter.number())
			.query().listOfRows();
	}

	private void store(ProgrammeEngagement result, int weightsVersion) {
		VendorProgramme programme = result.programme();
		Quarter quarter = result.quarter();
		jdbc.sql("delete from engagement_snapshot where vendor_id = ? and fiscal_year = ? and fiscal_quarter = ?")
			.params(programme.vendorId(), quarter.fiscalYear(), quarter.number()).update();
		CopyWriter copy = CopyWriter.open(dataSource, "engagement_snapshot", "vendor_id, partnership_id, fiscal_year, "
				+ "fiscal_quarter, weights_version, pei_score, pei_coverage, pei_rank, pei_rank_low, pei_rank_high, vei_score, "
				+ "vei_coverage, vei_rank, vei_rank_low, vei_rank_high, engagement_score, communication, detail");
		List<PartnershipEngagement> rows = new ArrayList<>(result.population().size());
		for (PartnershipEntry entry : result.population().values()) {
			UUID id = entry.partnershipId();
			RankedScore p = result.pei().get(id);
			RankedScore v = result.vei().get(id);
			Map<String, String> facts = result.facts().getOrDefault(id, Map.of());
			copy.field(programme.vendorId()).field(id).field(quarter.fiscalYear()).field(quarter.number())
				.field(weightsVersion).field(clampScore(p.score().score())).field(clampShare(p.score().coverage())).field(p.rank())
				.field(p.rankLow()).field(p.rankHigh()).field(clampScore(v.score().score())).field(clampShare(v.score().coverage()))
				.field(v.rank()).field(v.rankLow()).field(v.rankHigh()).field(clampScore(result.engagement().get(id).score()))
				.field(facts.get("communication")).field(json.writeValueAsString(SnapshotRows.detail(p, v, facts)))
				.endRow();
			rows.add(SnapshotRows.computed(programme, quarter, entry, p, v, result.engagement().get(id), facts, weightsVersion));
		}
		copy.finish();
		Score channel = result.channel();
		Map<String, Object> channelDetail = new LinkedHashMap<>();
		channelDetail.put("vei", channel.indicators());
		channelDetail.put("cadence", result.cadence());
		jdbc.sql("""
				insert into engagement_channel_snapshot (vendor_id, fiscal_year, fiscal_quarter, weights_version, score, coverage, detail)
				values (?, ?, ?, ?, ?, ?, ?::jsonb)
				on conflict (vendor_id, fiscal_year, fiscal_quarter) do update set weights_version = excluded.weights_version,
				    score = excluded.score, coverage = excluded.coverage, detail = excluded.detail, computed_at = now()""")
			.params(programme.vendorId(), quarter.fiscalYear(), quarter.number(), weightsVersion, clampScore(channel.score()),
					clampShare(channel.coverage()), json.writeValueAsString(channelDetail))
			.update();
		afterCommit(() -> cache.replace(programme.vendorId(), quarter, result.register(), rows));
	}

	static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	/** The rank intervals' draws are fixed per programme and quarter, so recomputing unchanged data changes nothing. */
	static long seed(VendorProgramme programme, Quarter quarter) {
		return programme.vendorId().getMostSignificantBits() ^ (quarter.fiscalYear() * 4L + quarter.number());
	}

	/** The indicators of one side, each against the vendor's own target where it set one. */
	static List<IndicatorSpec> specs(List<IndicatorDefinition> definitions, Map<String, Double> targets, Side side,
			boolean nonTransactionalOnly) {
		return definitions.stream()
			.filter(d -> d.side() == side && !(nonTransactionalOnly && d.transactional()))
			.map(d -> new IndicatorSpec(d.key(), d.normalization(), targets.getOrDefault(d.key(), d.target()), d.higherIsBetter()))
			.toList();
	}

	/** The vendor's own targets for indicators measured against a norm, from the modules that know them. */
	Map<String, Double> targets(VendorProgramme programme) {
		Map<String, Double> targets = new HashMap<>();
		contributors.forEach(c -> targets.putAll(c.targets(programme)));
		return targets;
	}

	static Map<String, Double> only(Map<String, Double> weightMap, List<IndicatorDefinition> definitions, Side side,
			boolean nonTransactionalOnly) {
		Map<String, Double> selected = new HashMap<>();
		definitions.stream()
			.filter(d -> d.side() == side && !(nonTransactionalOnly && d.transactional()))
			.forEach(d -> selected.put(d.key(), weightMap.getOrDefault(d.key(), d.defaultWeight())));
		return selected;
	}

	/** A programme's engagement for a quarter, before it is stored. */
	record ProgrammeEngagement(VendorProgramme programme, Quarter quarter, List<PartnershipEntry> register,
			Map<UUID, PartnershipEntry> population,
			Map<UUID, RankedScore> pei, Map<UUID, RankedScore> vei, Map<UUID, Score> engagement,
			Map<UUID, Map<String, String>> facts, Score channel, List<CadenceResult> cadence) {
	}
}
