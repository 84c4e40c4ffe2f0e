package io.rapport.signals;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A partnership under its vendor's retention model. Transactions are days the partner sold on;
 * a quarter is thirteen weeks.
 *
 * @param pAlive the chance the partner has not quietly stopped selling; null before its first sale
 * @param expectedTransactionsNextQuarter null before its first sale
 */
public record PartnershipRetentionView(UUID partnershipId, Double pAlive, Double expectedTransactionsNextQuarter,
		int transactionsLastQuarter, LocalDate fittedOn) {
}
