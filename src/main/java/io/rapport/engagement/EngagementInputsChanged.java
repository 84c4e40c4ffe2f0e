package io.rapport.engagement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Published by a contributing module when data its indicators read changed for a vendor: the
 * vendor's current quarter is recomputed in the background, or every stored quarter when what
 * changed applies to all of them (a norm's target, say).
 *
 * @param partnershipIds the partnerships whose data changed, when the module knows them and nothing
 *        channel-wide changed: they are rescored first, within a second; empty when unknown
 * @param since the earliest day whose data changed, when it is known: the stored past quarters whose
 *        window reaches that day are recomputed after the current one; null for the current quarter only
 */
public record EngagementInputsChanged(UUID vendorId, boolean everyStoredQuarter, Set<UUID> partnershipIds, LocalDate since) {

	public EngagementInputsChanged {
		// An event stored by an earlier version, republished after a restart, has no partnerships.
		partnershipIds = partnershipIds == null ? Set.of() : Set.copyOf(partnershipIds);
	}

	public EngagementInputsChanged(UUID vendorId) {
		this(vendorId, false, Set.of(), null);
	}

	public EngagementInputsChanged(UUID vendorId, boolean everyStoredQuarter) {
		this(vendorId, everyStoredQuarter, Set.of(), null);
	}
}
