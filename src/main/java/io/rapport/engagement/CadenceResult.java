package io.rapport.engagement;

/** A cadence norm checked for a quarter, as the channel-wide view shows it. */
public record CadenceResult(String norm, int target, long actual, Long of, boolean met) {
}
