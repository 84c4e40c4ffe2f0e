package io.rapport.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A vendor's exchange rates, held in memory for one import: a day's rate wins over its month's.
 * Rates say how many units of the reporting currency one unit of a currency is worth.
 */
final class ExchangeRates {

	private final String reportingCurrency;

	private final Map<String, BigDecimal> rates = new HashMap<>();

	private ExchangeRates(String reportingCurrency) {
		this.reportingCurrency = reportingCurrency;
	}

	static ExchangeRates load(JdbcClient jdbc, UUID vendorId, String reportingCurrency) {
		ExchangeRates loaded = new ExchangeRates(reportingCurrency);
		jdbc.sql("select currency, granularity, valid_on, rate from exchange_rate where vendor_id = ?")
			.param(vendorId)
			.query(rs -> {
				loaded.rates.put(key(rs.getString(1).trim(), rs.getString(2), rs.getObject(3, LocalDate.class)),
						rs.getBigDecimal(4));
			});
		return loaded;
	}

	/** The amount in the reporting currency, or empty when no rate covers the day. */
	Optional<BigDecimal> toReporting(BigDecimal amount, String currency, LocalDate day) {
		if (currency.equals(reportingCurrency)) {
			return Optional.of(amount.setScale(2, RoundingMode.HALF_EVEN));
		}
		BigDecimal rate = rates.get(key(currency, "DAY", day));
		if (rate == null) {
			rate = rates.get(key(currency, "MONTH", day.withDayOfMonth(1)));
		}
		return Optional.ofNullable(rate).map(r -> amount.multiply(r).setScale(2, RoundingMode.HALF_EVEN));
	}

	String reportingCurrency() {
		return reportingCurrency;
	}

	private static String key(String currency, String granularity, LocalDate day) {
		return currency + '|' + granularity + '|' + day;
	}
}
