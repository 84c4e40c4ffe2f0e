package io.rapport.signals;

import java.util.UUID;

/**
 * An evaluation raised a new alert about a partnership (published after the alert is stored).
 *
 * @param ownerId the partnership's CAM, who owns the alert; null when it has none
 */
public record AlertRaised(UUID alertId, UUID vendorId, UUID partnershipId, UUID ownerId, Severity severity) {
}
