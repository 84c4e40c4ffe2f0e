package io.rapport.sales;

import java.util.UUID;

import io.rapport.common.Money;

/** One partnership's sales in a period, in the vendor's reporting currency; zero when it sold nothing. */
public record PartnershipSales(UUID partnershipId, String partnerName, String tier, int tierRank, Money revenue,
		long deals, Money averageDealValue, double solutionAndServiceShare) {
}
