package io.rapport.organizations;

import java.util.UUID;

/** One of a vendor's ordered tiers; rank 1 is the lowest. */
public record TierView(UUID id, String name, int rank) {
}
