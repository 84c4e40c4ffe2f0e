package io.rapport.engagement;

import java.util.UUID;

/**
 * Published by a contributing module when data its indicators read changed for a vendor: the
 * vendor's current quarter is recomputed in the background, or every stored quarter when what
 * changed applies to all of them (a norm's target, say).
 */
public record EngagementInputsChanged(UUID vendorId, boolean everyStoredQuarter) {

	public EngagementInputsChanged(UUID vendorId) {
		this(vendorId, false);
	}
}
