package io.rapport.engagement.scoring;

import java.util.List;

/**
 * An explained 0–100 score.
 *
 * @param coverage the share of the full weight whose indicators had data; a thin score shows it
 */
public record Score(double score, double coverage, List<IndicatorScore> indicators) {

	static final Score EMPTY = new Score(0, 0, List.of());
}
