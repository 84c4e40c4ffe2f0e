package io.rapport.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Cases of a vendor were opened, answered, resolved or imported.
 *
 * @param earliest when the earliest of them was opened
 */
public record SupportCasesChanged(UUID vendorId, Set<UUID> partnershipIds, Instant earliest) {
}
