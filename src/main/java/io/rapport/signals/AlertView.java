package io.rapport.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.rapport.common.Money;

/**
 * An alert about a partnership at risk, as its vendor's people see it.
 *
 * @param reasons the signs in plain words, in the reader's language
 * @param signals the same signs with their figures, for machines
 * @param pAlive P(still selling) when last evaluated; null if the partnership never sold
 * @param owner its CAM; null if the partnership has none
 * @param history every step of its life, oldest first; empty in lists
 * @param weight what the signs weigh together: the severity rests on it (3 low, 4 medium, 5 or more high)
 * @param signs each sign with what it weighs
 * @param stake what the vendor stands to lose; null when the partnership is gone from the register
 * @param evidenceThrough for an alert a person closed: the day the signs it was closed with were read. It
 *        stays closed unless a sign appears that was not among them; null otherwise
 * @param followsAlertId the closed alert whose hold a new sign broke, raising this one; null if none
 * @param followedById the alert raised again after this one was closed, on a new sign; null if none
 */
public record AlertView(UUID id, UUID partnershipId, String partnerName, Severity severity, AlertStatus status,
		LocalDate raisedOn, LocalDate evaluatedOn, List<String> reasons, List<Signal> signals, Double pAlive, Owner owner,
		Instant closedAt, String closingNote, List<Step> history, int weight, List<Sign> signs, Stake stake,
		LocalDate evidenceThrough, UUID followsAlertId, UUID followedById) {

	/** @param name null when the user is gone */
	public record Owner(UUID id, String name) {
	}

	/** @param by who acted; null when Rapport did (raising, re-rating, resolving once the signs cleared) */
	public record Step(Instant at, AlertChange change, String by, AlertStatus status, Severity severity, String note) {
	}

	/**
	 * One sign and how strong it is.
	 *
	 * @param reason the sign in plain words, in the reader's language
	 * @param weight what it adds to the alert's weight
	 * @param strong a strong sign (weight 2 of its kind), the others support one
	 * @param urgent weighs one more than its kind (P(still selling) under 0.2)
	 * @param partnerSide about the partner's behaviour; false for the CAM's own silence
	 */
	public record Sign(SignalKind kind, String reason, int weight, boolean strong, boolean urgent, boolean partnerSide) {
	}

	/**
	 * @param tier the partnership's tier now
	 * @param trailingRevenue its sales over the last twelve months, in the reporting currency; null when not
	 *        read (the weekly digest) or the partnership was not in force in that time
	 */
	public record Stake(String tier, Money trailingRevenue) {
	}
}
