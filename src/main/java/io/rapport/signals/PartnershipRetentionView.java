package io.rapport.signals;

import java.time.LocalDate;
import java.util.UUID;

import io.rapport.signals.model.RateDrop;

/**
 * A partnership under its vendor's retention model. Transactions are days the partner sold on;
 * a quarter is thirteen weeks.
 *
 * @param pAlive the chance the partner has not quietly stopped selling; null before its first sale
 * @param expectedTransactionsNextQuarter null before its first sale
 * @param rateDrop the last 13 weeks' selling days against the 52 before (a Poisson rate test); null
 *        without a long enough history or any sale
 */
public record PartnershipRetentionView(UUID partnershipId, Double pAlive, Double expectedTransactionsNextQuarter,
		int transactionsLastQuarter, LocalDate fittedOn, RateDrop rateDrop) {
}
