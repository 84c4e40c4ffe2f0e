package io.rapport.engagement;

import java.util.Map;
import java.util.UUID;

/**
 * A partnership's engagement in a fiscal quarter (window: the trailing four quarters).
 *
 * @param engagementScore PEI without its transactional (sales) indicators: engagement beyond selling
 * @param communication REGULAR or SPORADIC
 * @param facts plain-word facts the contributing modules add (revenue in the reporting currency, ...)
 */
public record PartnershipEngagement(String quarter, UUID partnershipId, UUID vendorId, String vendorName,
		String partnerName, String tier, IndexView pei, IndexView vei, double engagementScore, String communication,
		Map<String, String> facts, int weightsVersion) {
}
