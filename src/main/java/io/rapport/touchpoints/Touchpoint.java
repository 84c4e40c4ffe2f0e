package io.rapport.touchpoints;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.rapport.identity.Seniority;

/**
 * A touchpoint checked against the vendor's programme and ready to store: its type resolved to a
 * kind, its partnerships known to be the vendor's.
 */
record Touchpoint(TouchpointKind kind, String typeCode, Instant occurredAt, String title, Direction direction,
		Set<UUID> partnershipIds, Seniority seniority, TouchpointSource source, String externalId,
		Boolean paidForPartners, Boolean pressInvited, Boolean answered, Integer daysToAnswer) {

	boolean channelWide() {
		return partnershipIds.isEmpty();
	}

	/** Whether storing this over {@code stored} would change anything a person could see. */
	boolean sameAs(Touchpoint stored) {
		return kind == stored.kind && typeCode.equals(stored.typeCode) && occurredAt.equals(stored.occurredAt)
				&& title.equals(stored.title) && direction == stored.direction
				&& partnershipIds.equals(stored.partnershipIds) && seniority == stored.seniority
				&& java.util.Objects.equals(paidForPartners, stored.paidForPartners)
				&& java.util.Objects.equals(pressInvited, stored.pressInvited)
				&& java.util.Objects.equals(answered, stored.answered)
				&& java.util.Objects.equals(daysToAnswer, stored.daysToAnswer);
	}
}
