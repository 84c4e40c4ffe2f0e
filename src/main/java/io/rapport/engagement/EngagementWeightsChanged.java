package io.rapport.engagement;

import java.util.UUID;

/** A vendor saved new engagement weights: every stored quarter is recomputed with them. */
public record EngagementWeightsChanged(UUID vendorId, int version) {
}
