package io.rapport.engagement;

import java.util.UUID;

import io.rapport.common.Quarter;

/** The engagement scores of a vendor's programme for a quarter were recomputed. */
public record EngagementSnapshotsChanged(UUID vendorId, Quarter quarter) {
}
