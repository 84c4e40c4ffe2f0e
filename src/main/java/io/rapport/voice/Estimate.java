package io.rapport.voice;

/**
 * A value estimated from partners' answers, with its 95% interval. Where fewer partner
 * organisations answered than anonymity allows, it is suppressed and carries no values at all.
 *
 * @param n how many partner organisations the value rests on; null when suppressed, since even the count narrows a cut
 */
public record Estimate(Double value, Integer n, Double ciLow, Double ciHigh, boolean suppressed) {

	public static final Estimate SUPPRESSED = new Estimate(null, null, null, null, true);
}
