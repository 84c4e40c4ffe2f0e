package io.rapport.sales;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Sales lines of these partnerships were added or corrected by an import.
 *
 * @param earliest the earliest closing day the import touched, a corrected line's former one included
 */
public record SalesRecorded(UUID vendorId, UUID importId, Set<UUID> partnershipIds, LocalDate earliest) {
}
