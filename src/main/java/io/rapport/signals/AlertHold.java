package io.rapport.signals;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a person closed an alert with, and whether a later reading brings anything new (issue 13).
 *
 * <p>Design note. A resolution or a dismissal is a person's judgement on the signs they saw; it holds
 * until there is new evidence. The signs an alert was closed with are kept as keys — the kind, with
 * {@code :URGENT} when it weighed one more — and each later reading narrows them to those still
 * standing. A sign of a reading is new when no standing key covers it: a kind that was not there when
 * the alert was closed, an urgent sign where a plain one was, or a sign that cleared and came back
 * (its key no longer stands). Always: a reading made only of standing signs raises nothing; the keys
 * only ever shrink.
 *
 * @param alertId the closed alert
 * @param evidenceThrough the day the signs it was closed with were read
 * @param signs the keys of those signs still standing
 */
record AlertHold(UUID alertId, UUID partnershipId, LocalDate evidenceThrough, Set<String> signs) {

	private static final String URGENT = ":URGENT";

	AlertHold {
		signs = Set.copyOf(signs);
	}

	/** The keys of the signs an alert is closed with. */
	static Set<String> keys(List<Signal> signals) {
		Set<String> keys = new LinkedHashSet<>();
		signals.forEach(signal -> keys.add(key(signal)));
		return keys;
	}

	static String key(Signal signal) {
		return signal.kind().name() + (signal.urgent() ? URGENT : "");
	}

	/** The signs of a reading that no standing sign covers: new evidence, each enough to raise the alert again. */
	List<Signal> newSigns(List<Signal> reading) {
		return reading.stream().filter(signal -> !covered(signal)).toList();
	}

	/** The standing keys after a reading: a sign that is not in it has cleared, and counts as new should it return. */
	Set<String> standingAfter(List<Signal> reading) {
		Set<SignalKind> present = new java.util.HashSet<>();
		reading.forEach(signal -> present.add(signal.kind()));
		Set<String> standing = new LinkedHashSet<>();
		for (String key : signs) {
			if (present.contains(SignalKind.valueOf(key.endsWith(URGENT) ? key.substring(0, key.length() - URGENT.length()) : key))) {
				standing.add(key);
			}
		}
		return standing;
	}

	private boolean covered(Signal signal) {
		String kind = signal.kind().name();
		return signs.contains(kind + URGENT) || (!signal.urgent() && signs.contains(kind));
	}
}
