package io.rapport.sales;

import java.math.BigDecimal;
import java.util.List;

import io.rapport.common.Period;
import io.rapport.common.Money;

/**
 * The transaction KPIs vendors use, over every partnership active in the period.
 *
 * @param meetingThresholds partnerships that sold at least {@code minDeals} deals worth at least {@code minRevenue}
 * @param shareMeetingThresholds their share of all partnerships, 0–1
 */
public record SalesKpis(Period period, String currency, long minDeals, BigDecimal minRevenue, long partnerships,
		long sellingPartnerships, long meetingThresholds, double shareMeetingThresholds, Money revenue, long deals,
		Money averageDealValue, Money averageRevenuePerPartnership, List<TierKpi> byTier, List<CategoryShare> categoryMix,
		Growth growth) {

	public record TierKpi(String tier, int rank, long partnerships, Money revenue, long deals, Money averageDealValue,
			Money averageRevenuePerPartnership, double revenueShare) {
	}

	public record CategoryShare(SalesCategory category, Money revenue, long deals, double revenueShare) {
	}

	/**
	 * @param revenueChange relative change, e.g. 0.12 for +12%; null where the base was zero
	 */
	public record Comparison(Period period, Money revenue, long deals, Double revenueChange, Double dealsChange) {
	}

	public record Growth(Comparison previousPeriod, Comparison samePeriodLastYear) {
	}
}
