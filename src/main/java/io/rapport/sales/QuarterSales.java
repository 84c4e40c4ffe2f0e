package io.rapport.sales;

import java.util.Map;

import io.rapport.common.Money;

/** A fiscal quarter's sales, in total and per category. */
public record QuarterSales(String quarter, Money revenue, long deals, Map<SalesCategory, Money> revenueByCategory) {
}
