package io.rapport.voice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of a partner's vendors as the partner sees it: what the vendor does toward it (VEI), what it
 * said itself in the latest wave, what all partners said (anonymously), and the verdict.
 *
 * @param vei the vendor's engagement toward this partner, 0–100, in the current quarter
 * @param survey the latest closed wave about the vendor the partner could answer, if any
 * @param own the partner's own answer in that wave, if it gave one
 * @param partners all partners' results in that wave; suppressed under the anonymity minimum
 * @param verdict WORK_WITH, WATCH or AVOID, by {@link ReportCardRule}
 */
public record PartnerReportCard(UUID vendorId, String vendorName, UUID partnershipId, double vei, String communication,
		SurveyView.Organisation survey, OwnAnswer own, SurveyResult partners, String verdict, List<String> reasons) {

	/** @param weightedScore the partner's own ratings weighted by its own importance, 0–10 */
	public record OwnAnswer(int nps, Map<String, Integer> ratings, Double weightedScore) {
	}
}
