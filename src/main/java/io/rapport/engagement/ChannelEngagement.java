package io.rapport.engagement;

import java.util.List;
import java.util.UUID;

/** The vendor's channel-wide VEI in a fiscal quarter, with its cadence norms met or missed. */
public record ChannelEngagement(String quarter, UUID vendorId, String vendorName, IndexView vei,
		List<CadenceResult> cadence, int weightsVersion) {
}
