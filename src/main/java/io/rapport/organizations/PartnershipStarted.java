package io.rapport.organizations;

import java.time.LocalDate;
import java.util.UUID;

/** A vendor took a partner into its programme. */
public record PartnershipStarted(UUID partnershipId, UUID vendorId, UUID partnerId, UUID tierId, LocalDate since) {
}
