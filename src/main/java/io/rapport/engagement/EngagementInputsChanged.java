package io.rapport.engagement;

import java.util.UUID;

/**
 * Published by a contributing module when data its indicators read changed for a vendor: the
 * vendor's current quarter is recomputed in the background.
 */
public record EngagementInputsChanged(UUID vendorId) {
}
