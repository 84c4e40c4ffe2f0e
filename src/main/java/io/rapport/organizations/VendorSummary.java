package io.rapport.organizations;

import java.util.UUID;

/** A vendor as a neutral hub sees it: its size in the channel, never its partners. */
public record VendorSummary(UUID id, String name, String city, long activePartnerships, long partners, int tiers) {
}
