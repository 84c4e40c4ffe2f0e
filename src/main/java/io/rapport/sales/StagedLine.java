package io.rapport.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A row that passed every check, ready to be merged into the vendor's sales lines. */
record StagedLine(UUID partnershipId, String externalId, LocalDate closedOn, int fiscalYear, int fiscalQuarter,
		BigDecimal amount, String currency, BigDecimal reportingAmount, SalesCategory category, String description,
		String endCustomer, String endCustomerTaxId, String dealReference) {
}
