package io.rapport.voice;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.common.Quarter;
import io.rapport.engagement.IndicatorContributor;
import io.rapport.engagement.IndicatorDefinition;
import io.rapport.engagement.Side;
import io.rapport.organizations.VendorProgramme;

/**
 * What partners say enters the vendor's channel-wide VEI: the NPS and the importance-weighted
 * rating of the latest wave about the vendor that closed within the window, where at least five
 * partner organisations answered. Never per partnership: a partnership's score would show its
 * vendor that one partner's answer.
 */
@Component
class VoiceIndicators implements IndicatorContributor {

	static final List<IndicatorDefinition> INDICATORS = List.of(
			// An NPS of 50 is excellent in B2B; a negative one earns nothing.
			IndicatorDefinition.norm("partner_nps", Side.CHANNEL, 50, 2),
			IndicatorDefinition.norm("partner_rating", Side.CHANNEL, 8, 2));

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final SurveyResults results;

	VoiceIndicators(JdbcClient jdbc, Surveys surveys, SurveyResults results) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.results = results;
	}

	@Override
	public List<IndicatorDefinition> indicators() {
		return INDICATORS;
	}

	@Override
	public Contribution contribute(VendorProgramme programme, Set<UUID> partnerships, Quarter first, Quarter last) {
		return new Contribution(Map.of(), Map.of());
	}

	@Override
	public Map<String, Double> channelValues(VendorProgramme programme, Quarter first, Quarter last) {
		List<UUID> latest = jdbc.sql("""
				select s.id from survey s join survey_vendor sv on sv.survey_id = s.id and sv.vendor_id = :vendor
				where (s.closed_early_on is not null or s.closes_on < :today)
				  and coalesce(s.closed_early_on, s.closes_on) between :start and :end
				order by coalesce(s.closed_early_on, s.closes_on) desc""")
			.param("vendor", programme.vendorId())
			.param("today", Date.valueOf(Surveys.today()))
			.param("start", Date.valueOf(first.startIn(programme.calendar())))
			.param("end", Date.valueOf(last.endIn(programme.calendar())))
			.query(UUID.class).list();
		for (UUID id : latest) {
			SurveyResult result = results.aggregate(surveys.view(id), programme.vendorId());
			if (!result.nps().suppressed()) {
				Map<String, Double> values = new HashMap<>();
				values.put("partner_nps", result.nps().score());
				if (result.weightedScore() != null) {
					values.put("partner_rating", result.weightedScore());
				}
				return values;
			}
		}
		return Map.of();
	}
}
