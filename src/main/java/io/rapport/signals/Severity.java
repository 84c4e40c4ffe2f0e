package io.rapport.signals;

import java.util.List;

/** How urgently a partnership at risk needs its CAM, from the weight of the signs behind it. */
public enum Severity {
	LOW, MEDIUM, HIGH;

	/** The least weight that raises an alert: one strong sign, or two weaker ones. */
	static final int ALERT_WEIGHT = 2;

	/**
	 * The severity the signs add up to; null when they raise no alert. The CAM's silence counts only
	 * beside a sign from the partner.
	 */
	public static Severity of(List<Signal> signals) {
		int weight = weight(signals);
		return weight >= 4 ? HIGH : weight == 3 ? MEDIUM : weight == ALERT_WEIGHT ? LOW : null;
	}

	static int weight(List<Signal> signals) {
		int partner = signals.stream().filter(s -> s.kind().partnerSide()).mapToInt(Signal::weight).sum();
		int vendor = signals.stream().filter(s -> !s.kind().partnerSide()).mapToInt(Signal::weight).sum();
		return partner == 0 ? 0 : partner + vendor;
	}
}
