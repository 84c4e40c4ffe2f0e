package io.rapport.engagement.scoring;

/**
 * One indicator's part in a score.
 *
 * @param normalized 0–1
 * @param weight after renormalisation over the indicators present; the weights listed sum to 1
 * @param contribution weight × normalized × 100; the contributions sum to the score
 */
public record IndicatorScore(String key, double raw, double normalized, double weight, double contribution) {
}
