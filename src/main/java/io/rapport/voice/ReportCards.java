package io.rapport.voice;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.PartnershipEngagement;

/**
 * Report cards from both sides: the partner's — each of its vendors' engagement toward it beside
 * what partners say, with a verdict — and the neutral hub's, every vendor of a wave ranked per
 * criterion and overall, and placed by level against its change over a year.
 */
@Service
@Transactional(readOnly = true)
public class ReportCards {

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final SurveyResults results;

	private final EngagementQueries engagement;

	private final ReportCardRule rule;

	private final VoiceProperties properties;

	private final MessageSource messages;

	ReportCards(JdbcClient jdbc, Surveys surveys, SurveyResults results, EngagementQueries engagement, ReportCardRule rule,
			VoiceProperties properties, MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.results = results;
		this.engagement = engagement;
		this.rule = rule;
		this.properties = properties;
	}

	/** The verdict's reasons in the reader's language. */
	private List<String> words(List<ReportCardRule.Reason> reasons) {
		Locale locale = LocaleContextHolder.getLocale();
		return reasons.stream().map(r -> messages.getMessage(r.code(), r.arguments(), locale)).toList();
	}

	public ReportCardRule rule() {
		return rule;
	}

	/** The signed-in partner's vendors, those to avoid first; nothing for anyone but a partner. */
	public List<PartnerReportCard> mine() {
		Caller caller = CurrentCaller.get();
		if (!caller.isPartnerUser()) {
			return List.of();
		}
		List<PartnerReportCard> cards = new ArrayList<>();
		for (PartnershipEngagement vendor : engagement.ofMyVendors()) {
			Optional<SurveyView> wave = latestClosedWave(vendor.vendorId());
			SurveyResult partners = wave.map(w -> results.aggregate(w, vendor.vendorId())).orElse(null);
			PartnerReportCard.OwnAnswer own = wave.map(w -> own(w.id(), vendor.vendorId(), caller)).orElse(null);
			Double rating = partners != null && partners.weightedScore() != null ? partners.weightedScore()
					: own == null ? null : own.weightedScore();
			ReportCardRule.Verdict verdict = rule.classify(vendor.vei().score(), rating);
			cards.add(new PartnerReportCard(vendor.vendorId(), vendor.vendorName(), vendor.partnershipId(), vendor.vei().score(),
					vendor.communication(), wave.map(w -> new SurveyView.Organisation(w.id(), w.title())).orElse(null), own,
					partners, verdict.verdict(), words(verdict.reasons())));
		}
		List<String> order = List.of("AVOID", "WATCH", "WORK_WITH");
		cards.sort(Comparator.comparingInt((PartnerReportCard c) -> order.indexOf(c.verdict()))
			.thenComparingDouble(PartnerReportCard::vei));
		return cards;
	}

	/**
	 * Every vendor of a closed wave, ranked overall and per criterion, for whoever runs the wave; a
	 * vendor too few partners rated keeps its row with everything suppressed and unranked.
	 */
	public List<VendorStanding> standings(UUID surveyId) {
		surveys.requireRunBy(surveyId);
		SurveyView survey = surveys.view(surveyId);
		int minimum = properties.minRespondents();
		List<VendorStanding> standings = new ArrayList<>();
		for (SurveyView.Organisation vendor : survey.vendors()) {
			SurveyResult result = results.aggregate(survey, vendor.id());
			Estimate overall = result.nps().suppressed() ? Estimate.SUPPRESSED : overall(survey.id(), vendor.id(), minimum);
			Double change = null;
			if (!overall.suppressed()) {
				change = yearAgo(survey, vendor.id(), minimum).map(before -> SurveyResults.round(overall.value() - before))
					.orElse(null);
			}
			List<VendorStanding.CriterionStanding> criteria = result.criteria().stream()
				.map(c -> new VendorStanding.CriterionStanding(c.key(), c.label(), c.suppressed() ? Estimate.SUPPRESSED
						: new Estimate(c.mean(), c.n(), c.ciLow(), c.ciHigh(), false), null))
				.toList();
			standings.add(new VendorStanding(vendor.id(), vendor.name(), result.respondents(), overall, null, result.nps(), criteria,
					change, null));
		}
		return ranked(standings);
	}

	/** Ranks overall and per criterion among the vendors shown, and places them by level and change. */
	private static List<VendorStanding> ranked(List<VendorStanding> standings) {
		double[] levels = standings.stream().filter(s -> !s.overall().suppressed()).mapToDouble(s -> s.overall().value())
			.sorted().toArray();
		double median = levels.length == 0 ? Double.NaN
				: (levels[(levels.length - 1) / 2] + levels[levels.length / 2]) / 2;
		List<VendorStanding> ranked = new ArrayList<>();
		for (VendorStanding standing : standings) {
			List<VendorStanding.CriterionStanding> criteria = new ArrayList<>();
			for (int i = 0; i < standing.criteria().size(); i++) {
				VendorStanding.CriterionStanding criterion = standing.criteria().get(i);
				int index = i;
				criteria.add(new VendorStanding.CriterionStanding(criterion.key(), criterion.label(), criterion.mean(),
						rank(criterion.mean(), standings.stream().map(s -> s.criteria().get(index).mean()).toList())));
			}
			String quadrant = null;
			if (!standing.overall().suppressed() && standing.change() != null) {
				boolean high = standing.overall().value() >= median;
				boolean improving = standing.change() > 0;
				quadrant = high ? (improving ? "CHAMPION" : "CONTENDER") : (improving ? "GROWER" : "STRAGGLER");
			}
			Integer placeFrom = null;
			Integer placeTo = null;
			List<String> tiedWith = new ArrayList<>();
			if (!standing.overall().suppressed()) {
				int above = 0;
				int reaching = 0;
				for (VendorStanding other : standings) {
					if (other == standing || other.overall().suppressed()) {
						continue;
					}
					if (low(other.overall()) > high(standing.overall())) {
						above++;
					}
					if (high(other.overall()) >= low(standing.overall())) {
						reaching++;
					}
					if (low(other.overall()) <= high(standing.overall()) && high(other.overall()) >= low(standing.overall())) {
						tiedWith.add(other.vendorName());
					}
				}
				placeFrom = 1 + above;
				placeTo = 1 + reaching;
				tiedWith.sort(String::compareTo);
			}
			ranked.add(new VendorStanding(standing.vendorId(), standing.vendorName(), standing.respondents(), standing.overall(),
					rank(standing.overall(), standings.stream().map(VendorStanding::overall).toList()), standing.nps(), criteria,
					standing.change(), quadrant, placeFrom, placeTo, tiedWith));
		}
		ranked.sort(Comparator.comparing((VendorStanding s) -> s.overallRank() == null)
			.thenComparing(s -> s.overallRank() == null ? 0 : s.overallRank()).thenComparing(VendorStanding::vendorName));
		return ranked;
	}

	/** The bottom of an estimate's interval; the value itself when it has none. */
	private static double low(Estimate estimate) {
		return estimate.ciLow() != null ? estimate.ciLow() : estimate.value();
	}

	private static double high(Estimate estimate) {
		return estimate.ciHigh() != null ? estimate.ciHigh() : estimate.value();
	}

	/** Competition rank among the shown estimates, 1 the best; none for a suppressed one. */
	private static Integer rank(Estimate estimate, List<Estimate> all) {
		if (estimate.suppressed()) {
			return null;
		}
		return 1 + (int) all.stream().filter(e -> !e.suppressed() && e.value() > estimate.value()).count();
	}

	/**
	 * The mean over partner organisations of each one's importance-weighted rating, with its
	 * Student-t interval: one figure per respondent, so the interval reflects how partners differ.
	 */
	private Estimate overall(UUID surveyId, UUID vendorId, int minimum) {
		Map<UUID, Map<Criterion, Integer>> ratings = new LinkedHashMap<>();
		Map<Criterion, List<Integer>> importance = new EnumMap<>(Criterion.class);
		jdbc.sql("""
				select g.response_id, g.criterion, g.rating, g.importance from survey_rating g
				join survey_response r on r.id = g.response_id where r.survey_id = ? and r.vendor_id = ?""")
			.params(surveyId, vendorId)
			.query(rs -> {
				Criterion criterion = Criterion.byKey(rs.getString(2)).orElse(null);
				if (criterion != null) {
					ratings.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(Criterion.class))
						.put(criterion, rs.getInt(3));
					int weight = rs.getInt(4);
					if (!rs.wasNull()) {
						importance.computeIfAbsent(criterion, k -> new ArrayList<>()).add(weight);
					}
				}
			});
		double[] meanImportance = new double[Criterion.values().length];
		for (Criterion criterion : Criterion.values()) {
			List<Integer> weights = importance.getOrDefault(criterion, List.of());
			meanImportance[criterion.ordinal()] = weights.size() < minimum ? Double.NaN
					: weights.stream().mapToInt(Integer::intValue).average().orElseThrow();
		}
		double[] weights = VoiceStatistics.importanceWeights(meanImportance);
		double[] perRespondent = ratings.values().stream().mapToDouble(own -> {
			double[] values = new double[Criterion.values().length];
			Arrays.fill(values, Double.NaN);
			own.forEach((criterion, rating) -> values[criterion.ordinal()] = rating);
			return VoiceStatistics.weightedScore(values, weights);
		}).filter(v -> !Double.isNaN(v)).toArray();
		if (perRespondent.length < minimum) {
			return Estimate.SUPPRESSED;
		}
		VoiceStatistics.Mean mean = VoiceStatistics.mean(perRespondent);
		return new Estimate(SurveyResults.round(mean.mean()), mean.n(), SurveyResults.round(mean.ciLow()),
				SurveyResults.round(mean.ciHigh()), false);
	}

	/** The overall rating in the same organisation's wave about the vendor that closed nine to fifteen months before. */
	private Optional<Double> yearAgo(SurveyView survey, UUID vendorId, int minimum) {
		return jdbc.sql("""
				select s.id from survey s join survey_vendor sv on sv.survey_id = s.id and sv.vendor_id = ?
				where s.run_by = ? and s.id <> ? and coalesce(s.closed_early_on, s.closes_on) between ? and ?
				order by coalesce(s.closed_early_on, s.closes_on) desc limit 1""")
			.params(vendorId, survey.runBy().id(), survey.id(), Date.valueOf(survey.closesOn().minusMonths(15)),
					Date.valueOf(survey.closesOn().minusMonths(9)))
			.query(UUID.class).optional()
			.map(surveys::view).filter(SurveyView::closed)
			.map(before -> overall(before.id(), vendorId, minimum))
			.filter(e -> !e.suppressed()).map(Estimate::value);
	}

	private Optional<SurveyView> latestClosedWave(UUID vendorId) {
		return jdbc.sql("""
				select s.id from survey s join survey_vendor sv on sv.survey_id = s.id and sv.vendor_id = ?
				where s.closed_early_on is not null or s.closes_on < ?
				order by coalesce(s.closed_early_on, s.closes_on) desc limit 1""")
			.params(vendorId, Date.valueOf(Surveys.today()))
			.query(UUID.class).optional().map(surveys::view);
	}

	private PartnerReportCard.OwnAnswer own(UUID surveyId, UUID vendorId, Caller caller) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		Map<Criterion, Integer> importance = new HashMap<>();
		Integer[] nps = { null };
		jdbc.sql("select nps from survey_response where survey_id = ? and vendor_id = ? and partner_id = ?")
			.params(surveyId, vendorId, caller.organizationId()).query(Integer.class).optional().ifPresent(n -> nps[0] = n);
		if (nps[0] == null) {
			return null;
		}
		jdbc.sql("""
				select g.criterion, g.rating, g.importance from survey_rating g join survey_response r on r.id = g.response_id
				where r.survey_id = ? and r.vendor_id = ? and r.partner_id = ? order by g.criterion""")
			.params(surveyId, vendorId, caller.organizationId())
			.query(rs -> {
				ratings.put(rs.getString(1), rs.getInt(2));
				int weight = rs.getInt(3);
				if (!rs.wasNull()) {
					Criterion.byKey(rs.getString(1)).ifPresent(c -> importance.put(c, weight));
				}
			});
		double[] values = new double[Criterion.values().length];
		double[] weights = new double[values.length];
		Arrays.fill(values, Double.NaN);
		for (Criterion criterion : Criterion.values()) {
			Integer rating = ratings.get(criterion.key());
			if (rating != null) {
				values[criterion.ordinal()] = rating;
			}
			weights[criterion.ordinal()] = importance.getOrDefault(criterion, 3);
		}
		double weighted = VoiceStatistics.weightedScore(values, weights);
		return new PartnerReportCard.OwnAnswer(nps[0], ratings, Double.isNaN(weighted) ? null : SurveyResults.round(weighted));
	}
}
