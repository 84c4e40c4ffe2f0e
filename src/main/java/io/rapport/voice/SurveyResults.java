package io.rapport.voice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/**
 * Aggregates partners' answers under the anonymity rule (DESIGN §4): a vendor sees its own results,
 * a partner the results about its vendors, the analyst running a wave every vendor's and all of
 * them together — and nobody a figure resting on fewer partner organisations than the minimum.
 * While a wave is open nobody learns how many answered, only whether the minimum is reached
 * (issue 12). Comments show only to the vendor they are about, only once the minimum of
 * organisations wrote one, and never one its writer marked not to be quoted.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final VoiceProperties properties;

	SurveyResults(JdbcClient jdbc, Surveys surveys, VoiceProperties properties) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.properties = properties;
	}

	/** The fewest partner organisations a figure may rest on. */
	public int minimum() {
		return properties.minRespondents();
	}

	/**
	 * A wave's results about a vendor; without one, the caller's own vendor, or for the analyst
	 * running the wave all its vendors together.
	 */
	public SurveyResult results(UUID surveyId, UUID vendorId) {
		surveys.requireVisible(surveyId);
		SurveyView survey = surveys.view(surveyId);
		Caller caller = CurrentCaller.get();
		boolean runner = survey.runBy().id().equals(caller.organizationId());
		if (vendorId == null && caller.isVendorUser()) {
			vendorId = caller.organizationId();
		}
		if (vendorId == null && !(runner && caller.isAnalyst())) {
			throw new IllegalArgumentException("Name the vendor: vendorId");
		}
		UUID vendor = vendorId;
		if (vendor != null && (survey.vendors().stream().noneMatch(v -> v.id().equals(vendor))
				|| (caller.isVendorUser() && !caller.worksFor(vendor))
				|| (caller.isPartnerUser() && !surveys.partners(caller.organizationId(), vendor)))) {
			throw new NotFoundException("vendor in this survey", vendor);
		}
		boolean aboutCaller = vendor != null && caller.isVendorUser() && caller.worksFor(vendor);
		return aggregate(survey, vendor, aboutCaller);
	}

	/**
	 * Unscoped: the wave's results about the vendor (all vendors when null), as anyone allowed sees
	 * them, without comments: those are for the vendor they are about alone.
	 */
	SurveyResult aggregate(SurveyView survey, UUID vendorId) {
		return aggregate(survey, vendorId, false);
	}

	/** @param withComments whether the reader is the vendor the comments are about */
	private SurveyResult aggregate(SurveyView survey, UUID vendorId, boolean withComments) {
		Answers answers = answers(survey.id(), vendorId);
		String name = vendorId == null ? null
				: survey.vendors().stream().filter(v -> v.id().equals(vendorId)).map(SurveyView.Organisation::name)
					.findFirst().orElse("");
		int minimum = properties.minRespondents();
		boolean shown = survey.closed() && answers.nps.size() >= minimum;
		Previous previous = shown ? previous(survey, vendorId) : null;
		SurveyResult.NpsResult nps = SurveyResult.NpsResult.SUPPRESSED;
		if (shown) {
			VoiceStatistics.Nps estimate = VoiceStatistics.nps(answers.nps.stream().mapToInt(Integer::intValue).toArray());
			nps = new SurveyResult.NpsResult(round(estimate.score()), estimate.n(), round(estimate.ciLow()), round(estimate.ciHigh()),
					false);
		}
		List<SurveyView.CriterionView> labels = surveys.criteria();
		Criterion[] criteria = Criterion.values();
		double[] means = new double[criteria.length];
		double[] importance = new double[criteria.length];
		List<SurveyResult.CriterionResult> results = new ArrayList<>();
		for (int i = 0; i < criteria.length; i++) {
			List<Integer> ratings = answers.ratings.getOrDefault(criteria[i], List.of());
			List<Integer> weights = answers.importance.getOrDefault(criteria[i], List.of());
			means[i] = Double.NaN;
			importance[i] = weights.isEmpty() ? Double.NaN : weights.stream().mapToInt(Integer::intValue).average().orElseThrow();
			if (!shown || ratings.size() < minimum) {
				results.add(new SurveyResult.CriterionResult(criteria[i].key(), labels.get(i).label(), null, null, null, null,
						null, true, null, null));
				continue;
			}
			VoiceStatistics.Mean mean = VoiceStatistics.mean(ratings.stream().mapToDouble(Integer::doubleValue).toArray());
			means[i] = mean.mean();
			Double change = null;
			Boolean significant = null;
			if (previous != null && previous.means.containsKey(criteria[i])) {
				VoiceStatistics.Mean before = previous.means.get(criteria[i]);
				change = round(mean.mean() - before.mean());
				significant = VoiceStatistics.significantChange(mean.mean(), mean.se(), before.mean(), before.se());
			}
			results.add(new SurveyResult.CriterionResult(criteria[i].key(), labels.get(i).label(), round(mean.mean()), mean.n(),
					round(mean.ciLow()), round(mean.ciHigh()), weights.size() >= minimum ? round(importance[i]) : null, false,
					change, significant));
		}
		Double weighted = null;
		if (shown) {
			// Importance resting on fewer organisations than the minimum is not used either.
			for (int i = 0; i < criteria.length; i++) {
				if (answers.importance.getOrDefault(criteria[i], List.of()).size() < minimum) {
					importance[i] = Double.NaN;
				}
			}
			double score = VoiceStatistics.weightedScore(means, VoiceStatistics.importanceWeights(importance));
			weighted = Double.isNaN(score) ? null : round(score);
		}
		SurveyResult.Previous change = null;
		if (previous != null) {
			VoiceStatistics.Nps now = VoiceStatistics.nps(answers.nps.stream().mapToInt(Integer::intValue).toArray());
			change = new SurveyResult.Previous(previous.survey.id(), previous.survey.title(),
					round(now.score() - previous.nps.score()),
					VoiceStatistics.significantChange(now.score(), now.se(), previous.nps.score(), previous.nps.se()),
					weighted == null || previous.weighted == null ? null : round(weighted - previous.weighted));
		}
		// The running count of an open wave is not shown: each new answer would be seen to arrive.
		Integer respondents = survey.closed() ? answers.nps.size() : null;
		List<String> comments = shown && withComments && answers.commenters >= minimum
				? answers.comments.stream().sorted().toList() : List.of();
		return new SurveyResult(survey.id(), vendorId, name, survey.status(), minimum, respondents,
				answers.nps.size() >= minimum, nps, results, weighted, comments, change);
	}

	/** The same organisation's latest earlier wave about the vendor, if its results could be shown. */
	private Previous previous(SurveyView survey, UUID vendorId) {
		List<UUID> earlier = jdbc.sql("""
				select s.id from survey s where s.run_by = :runBy and s.id <> :id and s.closes_on < :closes
				  and (cast(:vendor as uuid) is null or exists (select 1 from survey_vendor sv where sv.survey_id = s.id and sv.vendor_id = :vendor))
				order by s.closes_on desc limit 1""")
			.param("runBy", survey.runBy().id()).param("id", survey.id()).param("closes", java.sql.Date.valueOf(survey.closesOn()))
			.param("vendor", vendorId)
			.query(UUID.class).list();
		if (earlier.isEmpty()) {
			return null;
		}
		SurveyView before = surveys.view(earlier.get(0));
		Answers answers = answers(before.id(), vendorId);
		int minimum = properties.minRespondents();
		if (!before.closed() || answers.nps.size() < minimum) {
			return null;
		}
		Map<Criterion, VoiceStatistics.Mean> means = new EnumMap<>(Criterion.class);
		double[] values = new double[Criterion.values().length];
		double[] importance = new double[values.length];
		for (Criterion criterion : Criterion.values()) {
			List<Integer> ratings = answers.ratings.getOrDefault(criterion, List.of());
			List<Integer> weights = answers.importance.getOrDefault(criterion, List.of());
			values[criterion.ordinal()] = Double.NaN;
			importance[criterion.ordinal()] = weights.size() < minimum ? Double.NaN
					: weights.stream().mapToInt(Integer::intValue).average().orElseThrow();
			if (ratings.size() >= minimum) {
				VoiceStatistics.Mean mean = VoiceStatistics.mean(ratings.stream().mapToDouble(Integer::doubleValue).toArray());
				means.put(criterion, mean);
				values[criterion.ordinal()] = mean.mean();
			}
		}
		double weighted = VoiceStatistics.weightedScore(values, VoiceStatistics.importanceWeights(importance));
		return new Previous(before, VoiceStatistics.nps(answers.nps.stream().mapToInt(Integer::intValue).toArray()), means,
				Double.isNaN(weighted) ? null : round(weighted));
	}

	/**
	 * The answers about the vendor; for all vendors together, only about those at least the minimum
	 * of organisations answered for — otherwise the whole less the shown vendors would be the answers
	 * about the hidden one.
	 */
	private Answers answers(UUID surveyId, UUID vendorId) {
		Answers answers = new Answers();
		String vendorFilter = vendorId != null ? " and r.vendor_id = :vendor"
				: " and r.vendor_id in (select vendor_id from survey_response where survey_id = :survey"
						+ " group by vendor_id having count(*) >= :minimum)";
		jdbc.sql("select r.nps, r.comment, r.quotable from survey_response r where r.survey_id = :survey" + vendorFilter)
			.param("survey", surveyId).param("vendor", vendorId).param("minimum", properties.minRespondents())
			.query(rs -> {
				answers.nps.add(rs.getInt(1));
				if (rs.getString(2) != null) {
					answers.commenters++;
					if (rs.getBoolean(3)) {
						answers.comments.add(rs.getString(2));
					}
				}
			});
		jdbc.sql("""
				select g.criterion, g.rating, g.importance from survey_rating g join survey_response r on r.id = g.response_id
				where r.survey_id = :survey""" + vendorFilter)
			.param("survey", surveyId).param("vendor", vendorId).param("minimum", properties.minRespondents())
			.query(rs -> {
				Criterion criterion = Criterion.byKey(rs.getString(1)).orElse(null);
				if (criterion != null) {
					answers.ratings.computeIfAbsent(criterion, k -> new ArrayList<>()).add(rs.getInt(2));
					int weight = rs.getInt(3);
					if (!rs.wasNull()) {
						answers.importance.computeIfAbsent(criterion, k -> new ArrayList<>()).add(weight);
					}
				}
			});
		return answers;
	}

	static double round(double value) {
		return Math.round(value * 100d) / 100d;
	}

	private static final class Answers {

		final List<Integer> nps = new ArrayList<>();

		/** The comments that may be quoted. */
		final List<String> comments = new ArrayList<>();

		/** Organisations that wrote a comment, quotable or not. */
		int commenters;

		final Map<Criterion, List<Integer>> ratings = new EnumMap<>(Criterion.class);

		final Map<Criterion, List<Integer>> importance = new EnumMap<>(Criterion.class);
	}

	private record Previous(SurveyView survey, VoiceStatistics.Nps nps, Map<Criterion, VoiceStatistics.Mean> means,
			Double weighted) {
	}
}
