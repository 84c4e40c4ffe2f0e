package io.rapport.voice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/**
 * The channel team's self-assessment on the wave's criteria and the gap to what partners said.
 * Only the vendor's own people see either.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessments {

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final SurveyResults results;

	SelfAssessments(JdbcClient jdbc, Surveys surveys, SurveyResults results) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.results = results;
	}

	/**
	 * Replaces the team's ratings for a wave (channel chief or CAM).
	 * @throws DomainRuleException for an unknown criterion or a rating outside 0–10
	 */
	@Transactional
	public Map<String, Double> save(UUID vendorId, SelfAssessment assessment) {
		Caller caller = CurrentCaller.get();
		caller.requireOwnVendor(vendorId);
		if (!caller.inChannelTeamOf(vendorId)) {
			throw new AccessRefusedException("voice.refused.selfRating");
		}
		requireSurveyOf(vendorId, assessment.surveyId());
		if (assessment.ratings().isEmpty()) {
			throw DomainRuleException.rule("voice.rule.rateOne");
		}
		assessment.ratings().forEach((key, rating) -> {
			Criterion.byKey(key).orElseThrow(() -> DomainRuleException.rule("voice.rule.noCriterion", key));
			if (rating == null || rating.isNaN() || rating < 0 || rating > 10) {
				throw DomainRuleException.rule("voice.rule.selfRatingRange", key);
			}
		});
		jdbc.sql("delete from self_assessment where vendor_id = ? and survey_id = ?").params(vendorId, assessment.surveyId())
			.update();
		assessment.ratings().forEach((key, rating) -> jdbc.sql("""
				insert into self_assessment (vendor_id, survey_id, criterion, rating, assessed_by) values (?, ?, ?, ?, ?)""")
			.params(vendorId, assessment.surveyId(), key, BigDecimal.valueOf(rating).setScale(2, java.math.RoundingMode.HALF_EVEN),
					caller.userId())
			.update());
		return ratings(vendorId, assessment.surveyId());
	}

	/** The team's ratings for a wave; empty before it rated itself. */
	public Map<String, Double> get(UUID vendorId, UUID surveyId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		requireSurveyOf(vendorId, surveyId);
		return ratings(vendorId, surveyId);
	}

	/** Each criterion the team rated, beside the partners' mean; largest gaps first, suppressed ones last. */
	public List<PerceptionGap> gap(UUID vendorId, UUID surveyId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		requireSurveyOf(vendorId, surveyId);
		Map<String, Double> self = ratings(vendorId, surveyId);
		SurveyResult partners = results.aggregate(surveys.view(surveyId), vendorId);
		List<PerceptionGap> gaps = new ArrayList<>();
		for (SurveyResult.CriterionResult criterion : partners.criteria()) {
			Double own = self.get(criterion.key());
			if (own == null) {
				continue;
			}
			if (criterion.suppressed()) {
				gaps.add(new PerceptionGap(criterion.key(), criterion.label(), own, null, null, null, null, false));
				continue;
			}
			boolean outside = own < criterion.ciLow() || own > criterion.ciHigh();
			gaps.add(new PerceptionGap(criterion.key(), criterion.label(), own, criterion.mean(), criterion.ciLow(),
					criterion.ciHigh(), SurveyResults.round(own - criterion.mean()), outside));
		}
		gaps.sort(Comparator.comparing((PerceptionGap g) -> g.gap() == null)
			.thenComparing(g -> g.gap() == null ? 0 : -Math.abs(g.gap())));
		return gaps;
	}

	private void requireSurveyOf(UUID vendorId, UUID surveyId) {
		surveys.requireVisible(surveyId);
		if (surveys.view(surveyId).vendors().stream().noneMatch(v -> v.id().equals(vendorId))) {
			throw new NotFoundException("survey", surveyId);
		}
	}

	private Map<String, Double> ratings(UUID vendorId, UUID surveyId) {
		Map<String, Double> ratings = new HashMap<>();
		jdbc.sql("select criterion, rating from self_assessment where vendor_id = ? and survey_id = ?")
			.params(vendorId, surveyId)
			.query(rs -> {
				ratings.put(rs.getString(1), rs.getBigDecimal(2).doubleValue());
			});
		return ratings;
	}
}
