package io.rapport.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A support case as the vendor's people and the partner see it; minutes are whole minutes from
 * opening, null until the event happened.
 */
public record SupportCaseView(UUID id, UUID vendorId, String vendorName, UUID partnershipId, UUID partnerId, String partnerName,
		Channel channel, Severity severity, String subject, Instant openedAt, Instant firstResponseAt, Instant resolvedAt,
		Boolean resolvedOnFirstCall, Long firstResponseMinutes, Long resolutionMinutes, String externalId, String source) {

	SupportCaseView named(Map<UUID, String> names) {
		return new SupportCaseView(id, vendorId, names.get(vendorId), partnershipId, partnerId, names.get(partnerId), channel,
				severity, subject, openedAt, firstResponseAt, resolvedAt, resolvedOnFirstCall, firstResponseMinutes,
				resolutionMinutes, externalId, source);
	}
}
