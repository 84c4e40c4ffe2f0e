package io.rapport.touchpoints.importing;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One good row of a touchpoint file, its cells read but not yet checked against the programme.
 * Enumerated cells (direction, seniority) keep their canonical names; absent cells are null.
 */
public record TouchpointRow(long line, String externalId, String type, ZonedDateTime occurredAt, String title,
		String direction, List<String> partnerTaxIds, List<String> partnerNames, String seniority, Boolean paidForPartners,
		Boolean pressInvited, Boolean answered, Integer daysToAnswer) {
}
