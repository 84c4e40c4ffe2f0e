package io.rapport.sales;

import java.util.Set;
import java.util.UUID;

/** Sales lines of these partnerships were added or corrected by an import. */
public record SalesRecorded(UUID vendorId, UUID importId, Set<UUID> partnershipIds) {
}
