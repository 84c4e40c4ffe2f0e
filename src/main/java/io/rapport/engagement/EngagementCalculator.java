package io.rapport.engagement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final ApplicationEventPublisher events;

	EngagementCalculator(List<IndicatorContributor> contributors, PartnershipQueries partnerships,
			EngagementWeights weights, JdbcClient jdbc, DataSource dataSource, ObjectMapper json,
			ApplicationEventPublisher events) {
		this.contributors = contributors;
		this.partnerships = partnerships;
		this.weights = weights;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.events = events;
	}

	/** The programme's engagement in a quarter, in memory, with the given weights. */
	ProgrammeEngagement compute(VendorProgramme programme, Quarter quarter, Map<String, Double> weightMap) {
		Quarter first = quarter.previous().previous().previous();
		List<IndicatorDefinition> definitions = weights.definitions();
		Map<UUID, PartnershipEntry> population = new LinkedHashMap<>();
		for (PartnershipEntry entry : partnerships.register(programme.vendorId())) {
			if (entry.activeDuring(first.startIn(programme.calendar()), quarter.endIn(programme.calendar()))) {
				population.put(entry.partnershipId(), entry);
			}
		}
		Map<UUID, Map<String, Double>> values = new HashMap<>();
		Map<UUID, Map<String, String>> facts = new HashMap<>();
		Map<String, Double> channelValues = new HashMap<>();
		List<CadenceResult> cadence = new ArrayList<>();
		for (IndicatorContributor contributor : contributors) {
			IndicatorContributor.Contribution contribution = contributor.contribute(programme, population.keySet(), first, quarter);
			contribution.values().forEach((id, v) -> {
				if (population.containsKey(id)) {
					values.computeIfAbsent(id, k -> new HashMap<>()).putAll(v);
				}
			});
			contribution.facts().forEach((id, f) -> {
				if (population.containsKey(id)) {
					facts.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(f);
				}
			});
			channelValues.putAll(contributor.channelValues(programme, first, quarter));
			cadence.addAll(contributor.cadence(programme, quarter));
		}
		Map<UUID, Map<String, Double>> subjects = new LinkedHashMap<>();
		population.keySet().forEach(id -> subjects.put(id, values.getOrDefault(id, Map.of())));
		long seed = programme.vendorId().getMostSignificantBits() ^ (quarter.fiscalYear() * 4L + quarter.number());
		Map<UUID, RankedScore> pei = ScoringEngine.rank(subjects, specs(definitions, Side.PEI, false), only(weightMap, definitions, Side.PEI, false), DRAWS, SPREAD, seed);
		Map<UUID, RankedScore> vei = ScoringEngine.rank(subjects, specs(definitions, Side.VEI, false), only(weightMap, definitions, Side.VEI, false), DRAWS, SPREAD, seed + 1);
		Map<UUID, Score> engagement = ScoringEngine.score(subjects, specs(definitions, Side.PEI, true), only(weightMap, definitions, Side.PEI, true));
		Score channel = ScoringEngine.score(Map.of(programme.vendorId(), channelValues), specs(definitions, Side.CHANNEL, false),
				only(weightMap, definitions, Side.CHANNEL, false)).get(programme.vendorId());
		return new ProgrammeEngagement(programme, quarter, population, pei, vei, engagement, facts, channel, cadence);
	}

	/** Computes the quarter with the vendor's current weights and replaces its snapshot. */
	@Transactional
	public void recompute(VendorProgramme programme, Quarter quarter) {
		long started = System.nanoTime();
		// One computation per programme and quarter at a time; a second waits and then redoes it with fresher data.
		jdbc.sql("select pg_advisory_xact_lock(?, ?)")
			.params(programme.vendorId().hashCode(), quarter.fiscalYear() * 4 + quarter.number())
			.query().listOfRows();
		EngagementWeights.WeightSet weightSet = weights.currentUnscoped(programme.vendorId());
		ProgrammeEngagement result = compute(programme, quarter, weightSet.weights());
		jdbc.sql("delete from engagement_snapshot where vendor_id = ? and fiscal_year = ? and fiscal_quarter = ?")
			.params(programme.vendorId(), quarter.fiscalYear(), quarter.number()).update();
		CopyWriter copy = CopyWriter.open(dataSource, "engagement_snapshot", "vendor_id, partnership_id, fiscal_year, "
				+ "fiscal_quarter, weights_version, pei_score, pei_coverage, pei_rank, pei_rank_low, pei_rank_high, vei_score, "
				+ "vei_coverage, vei_rank, vei_rank_low, vei_rank_high, engagement_score, communication, detail");
		for (UUID id : result.population().keySet()) {
			RankedScore p = result.pei().get(id);
			RankedScore v = result.vei().get(id);
			Map<String, String> facts = result.facts().getOrDefault(id, Map.of());
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("pei", p.score().indicators());
			detail.put("vei", v.score().indicators());
			detail.put("facts", facts);
			copy.field(programme.vendorId()).field(id).field(quarter.fiscalYear()).field(quarter.number())
				.field(weightSet.version()).field(clamp(p.score().score())).field(clamp01(p.score().coverage())).field(p.rank())
				.field(p.rankLow()).field(p.rankHigh()).field(clamp(v.score().score())).field(clamp01(v.score().coverage()))
				.field(v.rank()).field(v.rankLow()).field(v.rankHigh()).field(clamp(result.engagement().get(id).score()))
				.field(facts.get("communication")).field(json.writeValueAsString(detail))
				.endRow();
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
			.params(programme.vendorId(), quarter.fiscalYear(), quarter.number(), weightSet.version(), clamp(channel.score()),
					clamp01(channel.coverage()), json.writeValueAsString(channelDetail))
			.update();
		events.publishEvent(new EngagementSnapshotsChanged(programme.vendorId(), quarter));
		log.info("Engagement of {} for {}: {} partnerships in {} ms", programme.vendorName(), quarter,
				result.population().size(), (System.nanoTime() - started) / 1_000_000);
	}

	static List<IndicatorSpec> specs(List<IndicatorDefinition> definitions, Side side, boolean nonTransactionalOnly) {
		return definitions.stream()
			.filter(d -> d.side() == side && !(nonTransactionalOnly && d.transactional()))
			.map(d -> new IndicatorSpec(d.key(), d.normalization(), d.target(), d.higherIsBetter()))
			.toList();
	}

	static Map<String, Double> only(Map<String, Double> weightMap, List<IndicatorDefinition> definitions, Side side,
			boolean nonTransactionalOnly) {
		Map<String, Double> selected = new HashMap<>();
		definitions.stream()
			.filter(d -> d.side() == side && !(nonTransactionalOnly && d.transactional()))
			.forEach(d -> selected.put(d.key(), weightMap.getOrDefault(d.key(), d.defaultWeight())));
		return selected;
	}

	private static double clamp(double score) {
		return Math.max(0, Math.min(100, score));
	}

	private static double clamp01(double share) {
		return Math.max(0, Math.min(1, share));
	}

	/** A programme's engagement for a quarter, before it is stored. */
	record ProgrammeEngagement(VendorProgramme programme, Quarter quarter, Map<UUID, PartnershipEntry> population,
			Map<UUID, RankedScore> pei, Map<UUID, RankedScore> vei, Map<UUID, Score> engagement,
			Map<UUID, Map<String, String>> facts, Score channel, List<CadenceResult> cadence) {
	}
}
