package io.rapport.organizations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A compact line of a vendor's partnership register, for modules that compute over the whole
 * programme (matching imported rows to partners, KPIs over every partnership).
 *
 * @param channelManagerId the partnership's CAM; null if none is assigned
 */
public record PartnershipEntry(UUID partnershipId, UUID partnerId, String partnerName, String partnerTaxId, String tier,
		int tierRank, LocalDate since, LocalDate endedOn, PartnershipStatus status, UUID channelManagerId) {

	/** Whether the partnership was in force on the day. */
	public boolean activeOn(LocalDate day) {
		return activeDuring(day, day);
	}

	/** Whether the partnership was in force on any day between the two dates, inclusive. */
	public boolean activeDuring(LocalDate from, LocalDate to) {
		return !since.isAfter(to) && (endedOn == null || !endedOn.isBefore(from));
	}
}
