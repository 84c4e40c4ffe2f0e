package io.rapport.voice;

/**
 * One criterion, the channel team's belief beside the partners' answer (priority 10 of the
 * columns: a team that believes its programme works is not proof that it does).
 *
 * @param partners the partners' mean, null where fewer organisations rated it than anonymity allows
 * @param gap self − partners; positive when the team thinks better of itself than partners do
 * @param significant whether the self-rating lies outside the partners' 95% interval
 */
public record PerceptionGap(String key, String label, Double self, Double partners, Double partnersLow,
		Double partnersHigh, Double gap, boolean significant) {
}
