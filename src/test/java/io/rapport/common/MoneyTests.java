package io.rapport.common;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void keepsExactDecimalsInTheCurrencysScale() {
		assertThat(Money.of("0.1", "PLN").plus(Money.of("0.2", "PLN")).amount()).isEqualByComparingTo("0.30");
		assertThat(Money.of("1234.5", "EUR").amount()).isEqualTo(new BigDecimal("1234.50"));
	}

	@Test
	void refusesToAddDifferentCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "PLN").plus(Money.of("1", "EUR")));
	}

	@Test
	void acceptsOnlyTheChannelsCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "GBP"));
		assertThat(Money.zero("USD").isZero()).isTrue();
	}
}
