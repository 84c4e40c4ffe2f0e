package io.rapport.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An exact amount in one of the currencies the channel trades in. Amounts keep two decimals; money
 * never passes through floating point, and JSON carries the amount as a string ({@code "1234.50"})
 * so no client reads it into a double by accident.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

	/** The currencies Rapport accepts; DESIGN §5. */
	public static final Set<String> CURRENCIES = Set.of("PLN", "EUR", "USD");

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (currency == null || !CURRENCIES.contains(currency)) {
			throw new ValueRefusedException("value.money.currency", String.join(", ", new TreeSet<>(CURRENCIES)), currency);
		}
		amount = amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
		}
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}
}
