package io.rapport.signals;

import java.util.UUID;

/**
 * A live alert's severity rose with a later reading of its partnership's signs.
 *
 * @param ownerId the partnership's CAM, who owns the alert; null when it has none
 */
public record AlertEscalated(UUID alertId, UUID vendorId, UUID partnershipId, UUID ownerId, Severity from, Severity to) {
}
