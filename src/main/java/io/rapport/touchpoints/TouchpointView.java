package io.rapport.touchpoints;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.rapport.identity.Seniority;

/** A recorded touchpoint; {@code occurredAt} is given in the vendor's time zone. */
public record TouchpointView(UUID id, String type, TouchpointKind kind, OffsetDateTime occurredAt, String title,
		Direction direction, boolean channelWide, List<UUID> partnershipIds, Seniority seniority, TouchpointSource source,
		String externalId, Boolean paidForPartners, Boolean pressInvited, Boolean answered, Integer daysToAnswer) {
}
