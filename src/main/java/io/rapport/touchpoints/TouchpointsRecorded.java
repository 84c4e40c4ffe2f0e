package io.rapport.touchpoints;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Touchpoints of a vendor were added or changed.
 *
 * @param partnershipIds the partnerships they reached
 * @param channelWide whether any addressed the whole channel
 * @param earliest when the earliest of them occurred, a corrected one's former time included
 */
public record TouchpointsRecorded(UUID vendorId, Set<UUID> partnershipIds, boolean channelWide, Instant earliest) {
}
