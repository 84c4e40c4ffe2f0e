package io.rapport.sales;

import java.time.OffsetDateTime;

/** One past sales import, as the import page lists it. */
public record ImportSummary(OffsetDateTime importedAt, String fileName, long accepted, long corrected, long unchanged) {
}
