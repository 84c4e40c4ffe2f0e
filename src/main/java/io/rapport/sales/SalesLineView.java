package io.rapport.sales;

import java.time.LocalDate;

import io.rapport.common.Money;

/** A sales line as the partnership's sales tab shows it. */
public record SalesLineView(String externalId, LocalDate closedOn, Money amount, Money reportingAmount,
		SalesCategory category, String description, String endCustomer, String dealReference) {
}
