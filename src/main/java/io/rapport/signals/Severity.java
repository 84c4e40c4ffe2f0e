package io.rapport.signals;

import java.util.List;

/** How urgently a partnership at risk needs its CAM, from the weight of the signs behind it. */
public enum Severity {
	LOW, MEDIUM, HIGH;

	/**
	 * The least weight that raises an alert: a strong sign with company (another sign, or the CAM's
	 * silence), or the retention model all but sure the partner stopped. A strong sign alone is too
	 * often chance: the backtest (bench/results/backtest-*) shows alerts on single signs to be mostly false.
	 */
	static final int ALERT_WEIGHT = 3;

	/** The least weight of the partner's own signs: the CAM's silence never raises an alert alone. */
	static final int PARTNER_WEIGHT = 2;

	/**
	 * The severity the signs add up to: weight 3 low, 4 medium, 5 or more high; null when they raise
	 * no alert. The partner's own signs must weigh at least {@value #PARTNER_WEIGHT}; the CAM's
	 * silence then adds to them.
	 */
	public static Severity of(List<Signal> signals) {
		int weight = weight(signals);
		if (partnerWeight(signals) < PARTNER_WEIGHT || weight < ALERT_WEIGHT) {
			return null;
		}
		return weight >= 5 ? HIGH : weight == 4 ? MEDIUM : LOW;
	}

	static int weight(List<Signal> signals) {
		return signals.stream().mapToInt(Signal::weight).sum();
	}

	private static int partnerWeight(List<Signal> signals) {
		return signals.stream().filter(s -> s.kind().partnerSide()).mapToInt(Signal::weight).sum();
	}
}
