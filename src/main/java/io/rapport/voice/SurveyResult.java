package io.rapport.voice;

import java.util.List;
import java.util.UUID;

/**
 * A wave's results for one vendor (or, for the analyst running it, all its vendors together),
 * aggregated over partner organisations. Every figure resting on fewer organisations than the
 * anonymity minimum is suppressed and carries no value, nor does anything while the wave is open:
 * comparing results before and after one more answer would show that answer.
 *
 * @param vendorId null when all the wave's vendors are taken together
 * @param minimum the fewest organisations a figure may rest on
 * @param respondents partner organisations that answered; null until the wave closes, so nobody
 *        watches answers arrive (issue 12)
 * @param minimumReached whether at least the minimum of organisations answered — all an open wave tells
 * @param weightedScore criterion means weighted by their mean importance, 0–10
 * @param comments free text, without who wrote it, in alphabetical order; only for the vendor it is
 *        about, only once at least the minimum of organisations wrote one, never one marked not to be quoted
 * @param previous the same organisation's previous wave about the vendor, with the changes since
 */
public record SurveyResult(UUID surveyId, UUID vendorId, String vendorName, String status, int minimum, Integer respondents,
		boolean minimumReached, NpsResult nps, List<CriterionResult> criteria, Double weightedScore, List<String> comments,
		Previous previous) {

	/** NPS, −100 to 100, with its 95% interval. */
	public record NpsResult(Double score, Integer n, Double ciLow, Double ciHigh, boolean suppressed) {

		static final NpsResult SUPPRESSED = new NpsResult(null, null, null, null, true);
	}

	/** A criterion's mean rating, 0–10, with its 95% interval and mean importance, 1–5. */
	public record CriterionResult(String key, String label, Double mean, Integer n, Double ciLow, Double ciHigh,
			Double importance, boolean suppressed, Double change, Boolean significant) {
	}

	/** The previous wave and what changed since; a change is significant when chance does not explain it at 95%. */
	public record Previous(UUID surveyId, String title, Double npsChange, Boolean npsSignificant, Double weightedScoreChange) {
	}
}
