package io.rapport.signals;

import java.util.List;

/**
 * One sign with its evidence: the figures its plain-words reason is written from (message
 * {@code signal.<KIND>}), as text so they read the same in an alert years later.
 *
 * @param urgent whether it weighs one more than its kind does (a P(alive) under 0.2)
 */
public record Signal(SignalKind kind, List<String> figures, boolean urgent) {

	public Signal {
		figures = List.copyOf(figures);
	}

	public Signal(SignalKind kind, List<String> figures) {
		this(kind, figures, false);
	}

	public int weight() {
		return kind.weight() + (urgent ? 1 : 0);
	}
}
