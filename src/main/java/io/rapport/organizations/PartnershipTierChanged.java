package io.rapport.organizations;

import java.util.UUID;

/** A partnership moved to another of its vendor's tiers. */
public record PartnershipTierChanged(UUID partnershipId, UUID vendorId, UUID fromTierId, UUID toTierId) {
}
