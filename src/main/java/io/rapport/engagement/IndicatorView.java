package io.rapport.engagement;

/**
 * One indicator's part in a score: raw value, normalised 0–1, weight after renormalisation and
 * contribution (weight × normalised × 100); the contributions of a score sum to it.
 */
public record IndicatorView(String key, double raw, double normalized, double weight, double contribution) {
}
