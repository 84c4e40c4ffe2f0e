package io.rapport.engagement;

import java.util.Set;
import java.util.UUID;

/**
 * Published by a contributing module when data its indicators read changed for a vendor: the
 * vendor's current quarter is recomputed in the background, or every stored quarter when what
 * changed applies to all of them (a norm's target, say).
 *
 * @param partnershipIds the partnerships whose data changed, when the module knows them and nothing
 *        channel-wide changed: they are rescored first, within a second; empty when unknown
 */
public record EngagementInputsChanged(UUID vendorId, boolean everyStoredQuarter, Set<UUID> partnershipIds) {

	public EngagementInputsChanged {
		partnershipIds = Set.copyOf(partnershipIds);
	}

	public EngagementInputsChanged(UUID vendorId) {
		this(vendorId, false, Set.of());
	}

	public EngagementInputsChanged(UUID vendorId, boolean everyStoredQuarter) {
		this(vendorId, everyStoredQuarter, Set.of());
	}

	/** The given partnerships' data changed, nothing else. */
	public static EngagementInputsChanged ofPartnerships(UUID vendorId, Set<UUID> partnershipIds) {
		return new EngagementInputsChanged(vendorId, false, partnershipIds);
	}
}
