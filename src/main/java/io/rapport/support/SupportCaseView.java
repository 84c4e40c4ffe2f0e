package io.rapport.support;

import java.time.Instant;
import java.util.UUID;

/**
 * A support case as the vendor's people and the partner see it; minutes are whole minutes from
 * opening, null until the event happened.
 */
public record SupportCaseView(UUID id, UUID vendorId, String vendorName, UUID partnershipId, String partnerName,
		Channel channel, Severity severity, String subject, Instant openedAt, Instant firstResponseAt, Instant resolvedAt,
		Boolean resolvedOnFirstCall, Long firstResponseMinutes, Long resolutionMinutes, String externalId, String source) {
}
