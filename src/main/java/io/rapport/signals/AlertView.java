package io.rapport.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An alert about a partnership at risk, as its vendor's people see it.
 *
 * @param reasons the signs in plain words, in the reader's language
 * @param signals the same signs with their figures, for machines
 * @param pAlive P(still selling) when last evaluated; null if the partnership never sold
 * @param owner its CAM; null if the partnership has none
 * @param history every step of its life, oldest first; empty in lists
 */
public record AlertView(UUID id, UUID partnershipId, String partnerName, Severity severity, AlertStatus status,
		LocalDate raisedOn, LocalDate evaluatedOn, List<String> reasons, List<Signal> signals, Double pAlive, Owner owner,
		Instant closedAt, String closingNote, List<Step> history) {

	/** @param name null when the user is gone */
	public record Owner(UUID id, String name) {
	}

	/** @param by who acted; null when Rapport did (raising, re-rating, resolving once the signs cleared) */
	public record Step(Instant at, AlertChange change, String by, AlertStatus status, Severity severity, String note) {
	}
}
