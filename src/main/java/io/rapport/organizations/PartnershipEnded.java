package io.rapport.organizations;

import java.time.LocalDate;
import java.util.UUID;

/** A partnership ended; it stays as history. */
public record PartnershipEnded(UUID partnershipId, UUID vendorId, UUID partnerId, LocalDate endedOn) {
}
