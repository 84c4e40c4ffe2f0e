package io.rapport.signals;

import java.util.List;

/** How urgently a partnership at risk needs its CAM, from the weight of the signs behind it. */
public enum Severity {
	LOW, MEDIUM, HIGH;

	/** The least weight that raises an alert: one strong sign, or two weaker ones. */
	static final int ALERT_WEIGHT = 2;

	/**
	 * The severity the signs add up to; null when they raise no alert. Only the partner's own signs
	 * raise one; the CAM's silence then makes it more urgent.
	 */
	public static Severity of(List<Signal> signals) {
		if (partnerWeight(signals) < ALERT_WEIGHT) {
			return null;
		}
		int weight = weight(signals);
		return weight >= 4 ? HIGH : weight == 3 ? MEDIUM : LOW;
	}

	static int weight(List<Signal> signals) {
		return signals.stream().mapToInt(Signal::weight).sum();
	}

	private static int partnerWeight(List<Signal> signals) {
		return signals.stream().filter(s -> s.kind().partnerSide()).mapToInt(Signal::weight).sum();
	}
}
