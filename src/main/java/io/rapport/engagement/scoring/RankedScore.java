package io.rapport.engagement.scoring;

/**
 * A score with its rank in the programme (1 = best) and the interval the rank stays in, 5th to
 * 95th percentile, when the weights are perturbed.
 */
public record RankedScore(Score score, int rank, int rankLow, int rankHigh) {
}
