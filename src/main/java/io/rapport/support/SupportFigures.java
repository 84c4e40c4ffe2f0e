package io.rapport.support;

import java.util.UUID;

/**
 * Support measured over cases opened in a period, for a vendor or one partnership. Times are
 * minutes; shares 0–1; null where no case gives the figure (no phone case, nothing answered yet).
 *
 * @param firstResponseWithinTarget share of cases whose first response met the severity's target;
 *        a case still unanswered past its target counts as missed
 * @param resolutionWithinTarget the same for the resolution
 * @param phoneFirstCallResolution share of resolved phone cases solved on the first call
 * @param openBacklog cases opened by the period's end and not resolved by then
 */
public record SupportFigures(UUID partnershipId, String partnerName, long cases, Double firstResponseMedianMinutes,
		Double firstResponseP90Minutes, Double resolutionMedianMinutes, Double resolutionP90Minutes,
		Double firstResponseWithinTarget, Double resolutionWithinTarget, Long phoneCases, Double phoneFirstCallResolution,
		long openBacklog) {
}
