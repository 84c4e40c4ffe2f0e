package io.rapport.engagement;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.common.Quarter;
import io.rapport.engagement.scoring.IndicatorScore;
import io.rapport.engagement.scoring.RankedScore;
import io.rapport.engagement.scoring.Score;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads stored snapshots as partnerships' engagement, and turns freshly computed scores into the
 * very same rows, so what the cache is handed after a recompute equals what reading it back gives.
 * Unscoped: callers check the caller's rights.
 */
@Component
class SnapshotRows {

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	private final ObjectMapper json;

	private final SnapshotCache cache;

	SnapshotRows(JdbcClient jdbc, PartnershipQueries partnerships, ObjectMapper json, SnapshotCache cache) {
		this.jdbc = jdbc;
		this.partnerships = partnerships;
		this.json = json;
		this.cache = cache;
	}

	/** Every partnership's row of the quarter, from the cache when nothing changed since. */
	List<PartnershipEngagement> all(VendorProgramme programme, Quarter quarter) {
		return cache.rows(programme.vendorId(), quarter, partnerships.register(programme.vendorId()),
				() -> read(programme, quarter, "", Map.of()));
	}

	/** Stored rows of the quarter, narrowed by an SQL condition on the snapshot {@code s}. */
	List<PartnershipEngagement> read(VendorProgramme programme, Quarter quarter, String filter, Map<String, Object> params) {
		Map<String, Object> all = new java.util.HashMap<>(params);
		all.put("year", quarter.fiscalYear());
		all.put("number", quarter.number());
		return read(programme, "s.fiscal_year = :year and s.fiscal_quarter = :number " + filter, all);
	}

	/** A partnership's stored rows over a run of quarters, oldest first, in one query. */
	List<PartnershipEngagement> ofPartnership(VendorProgramme programme, UUID partnershipId, Quarter first, Quarter last) {
		return read(programme, """
				s.partnership_id = :partnership and s.fiscal_year * 4 + s.fiscal_quarter between :first and :last
				order by s.fiscal_year, s.fiscal_quarter""", Map.of("partnership", partnershipId,
				"first", first.fiscalYear() * 4 + first.number(), "last", last.fiscalYear() * 4 + last.number()));
	}

	private List<PartnershipEngagement> read(VendorProgramme programme, String condition, Map<String, Object> params) {
		Map<UUID, PartnershipEntry> register = partnerships.register(programme.vendorId()).stream()
			.collect(Collectors.toMap(PartnershipEntry::partnershipId, Function.identity()));
		return jdbc.sql("select * from engagement_snapshot s where s.vendor_id = :vendor and " + condition)
			.param("vendor", programme.vendorId())
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject("partnership_id", UUID.class);
				Detail detail = json.readValue(rs.getString("detail"), Detail.class);
				return row(programme, new Quarter(rs.getInt("fiscal_year"), rs.getInt("fiscal_quarter")), id, register.get(id),
						new IndexView(round(rs.getDouble("pei_score")), round(rs.getDouble("pei_coverage")), rs.getInt("pei_rank"),
								rs.getInt("pei_rank_low"), rs.getInt("pei_rank_high"), detail.pei()),
						new IndexView(round(rs.getDouble("vei_score")), round(rs.getDouble("vei_coverage")), rs.getInt("vei_rank"),
								rs.getInt("vei_rank_low"), rs.getInt("vei_rank_high"), detail.vei()),
						round(rs.getDouble("engagement_score")), detail.facts(), rs.getInt("weights_version"));
			})
			.list();
	}

	/** A freshly computed partnership as it will read back once stored. */
	static PartnershipEngagement computed(VendorProgramme programme, Quarter quarter, PartnershipEntry entry, RankedScore pei,
			RankedScore vei, Score engagement, Map<String, String> facts, int weightsVersion) {
		return row(programme, quarter, entry.partnershipId(), entry, index(pei), index(vei),
				round(clampScore(engagement.score())), facts, weightsVersion);
	}

	/** What a row stores as its detail: every indicator's part and the contributors' facts. */
	static Map<String, Object> detail(RankedScore pei, RankedScore vei, Map<String, String> facts) {
		return Map.of("pei", pei.score().indicators(), "vei", vei.score().indicators(), "facts", facts);
	}

	static double clampScore(double score) {
		return Math.max(0, Math.min(100, score));
	}

	static double clampShare(double share) {
		return Math.max(0, Math.min(1, share));
	}

	static double round(double value) {
		return Math.round(value * 10_000d) / 10_000d;
	}

	private static IndexView index(RankedScore ranked) {
		List<IndicatorView> indicators = ranked.score().indicators().stream().map(SnapshotRows::view).toList();
		return new IndexView(round(clampScore(ranked.score().score())), round(clampShare(ranked.score().coverage())),
				ranked.rank(), ranked.rankLow(), ranked.rankHigh(), indicators);
	}

	private static IndicatorView view(IndicatorScore part) {
		return new IndicatorView(part.key(), part.raw(), part.normalized(), part.weight(), part.contribution());
	}

	private static PartnershipEngagement row(VendorProgramme programme, Quarter quarter, UUID id, PartnershipEntry entry,
			IndexView pei, IndexView vei, double engagementScore, Map<String, String> facts, int weightsVersion) {
		return new PartnershipEngagement(quarter.toString(), id, programme.vendorId(), programme.vendorName(),
				entry == null ? null : entry.partnerName(), entry == null ? null : entry.tier(), pei, vei, engagementScore,
				facts.get("communication"), facts, weightsVersion);
	}

	private record Detail(List<IndicatorView> pei, List<IndicatorView> vei, Map<String, String> facts) {
	}
}
