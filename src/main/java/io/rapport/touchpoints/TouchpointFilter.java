package io.rapport.touchpoints;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which of a vendor's touchpoints a list shows; a null field does not narrow it.
 *
 * @param type a base kind or one of the vendor's own type codes
 * @param partnershipIds touchpoints that reached one of these partnerships (an empty set matches none)
 * @param from the first day, in the vendor's zone
 * @param to the last day, in the vendor's zone
 */
public record TouchpointFilter(String type, Set<UUID> partnershipIds, LocalDate from, LocalDate to) {

	public TouchpointFilter {
		partnershipIds = partnershipIds == null ? null : Set.copyOf(partnershipIds);
	}
}
