package io.rapport.voice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.tenancy.CurrentCaller;

/**
 * A vendor's voice across its closed waves, oldest first (issue 13): NPS and the importance-weighted
 * rating per wave, and the perception gap — how much better the channel team rated itself than
 * partners did, on average over the criteria both rated. Every figure comes from the wave's results
 * as the vendor may see them, so what anonymity suppresses in a wave stays suppressed here.
 */
@Service
@Transactional(readOnly = true)
public class VoiceTrends {

	private final Surveys surveys;

	private final SurveyResults results;

	private final SelfAssessments selfAssessments;

	VoiceTrends(Surveys surveys, SurveyResults results, SelfAssessments selfAssessments) {
		this.surveys = surveys;
		this.results = results;
		this.selfAssessments = selfAssessments;
	}

	/**
	 * One closed wave about the vendor.
	 *
	 * @param nps null where too few partner organisations answered
	 * @param rating the weighted rating, 0–10; null where suppressed
	 * @param gap the mean of self − partners over the criteria both rated; null before the team rated itself
	 * @param gapCriteria how many criteria the gap rests on
	 */
	public record WavePoint(UUID surveyId, String title, LocalDate closedOn, Integer respondents, Double nps, Double npsLow,
			Double npsHigh, Double rating, Double gap, int gapCriteria) {
	}

	/** The caller's own vendor's closed waves, oldest first. */
	public List<WavePoint> of(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		List<SurveyView> waves = surveys.list().stream().filter(SurveyView::closed)
			.filter(s -> s.vendors().stream().anyMatch(v -> v.id().equals(vendorId)))
			.sorted(Comparator.comparing(SurveyView::closesOn).thenComparing(SurveyView::title)).toList();
		List<WavePoint> points = new ArrayList<>(waves.size());
		for (SurveyView wave : waves) {
			SurveyResult result = results.results(wave.id(), vendorId);
			double sum = 0;
			int rated = 0;
			for (PerceptionGap gap : selfAssessments.gap(vendorId, wave.id())) {
				if (gap.gap() != null) {
					sum += gap.gap();
					rated++;
				}
			}
			SurveyResult.NpsResult nps = result.nps();
			boolean npsShown = nps != null && !nps.suppressed();
			points.add(new WavePoint(wave.id(), wave.title(), wave.closesOn(), result.respondents(),
					npsShown ? nps.score() : null, npsShown ? nps.ciLow() : null, npsShown ? nps.ciHigh() : null,
					result.weightedScore(), rated == 0 ? null : round(sum / rated), rated));
		}
		return points;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
