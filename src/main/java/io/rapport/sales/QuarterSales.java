package io.rapport.sales;

import java.util.Map;

import io.rapport.common.Money;

/** A fiscal quarter's sales, in total and per category. */
public record QuarterSales(String quarter, Money revenue, long deals, Map<SalesCategory, Money> revenueByCategory) {

	/** Revenue from whole solutions, for pages (templates cannot name enum keys). */
	public Money solutions() {
		return revenueByCategory.get(SalesCategory.SOLUTION);
	}

	/** Revenue from services, for pages. */
	public Money services() {
		return revenueByCategory.get(SalesCategory.SERVICE);
	}
}
