package io.rapport.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaxIdTests {

	@Test
	void acceptsAPolishNipWithACorrectChecksumInAnyCommonNotation() {
		// 526-000-12-46: 5·6+2·5+6·7+0·2+0·3+0·4+1·5+2·6+4·7 = 127, 127 mod 11 = 6.
		assertThat(TaxId.of("PL", "526-000-12-46").value()).isEqualTo("5260001246");
		assertThat(TaxId.of("pl", "PL 526 000 12 46").value()).isEqualTo("5260001246");
		assertThat(TaxId.of("PL", "5260001246").country()).isEqualTo("PL");
	}

	@Test
	void rejectsAPolishNipWithAWrongChecksumOrLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> TaxId.of("PL", "5260001245"))
			.withMessageContaining("not a valid Polish NIP");
		assertThatIllegalArgumentException().isThrownBy(() -> TaxId.of("PL", "526000124"));
		assertThatIllegalArgumentException().isThrownBy(() -> TaxId.of("PL", "52600012467"));
	}

	@Test
	void rejectsPrefixesWhoseChecksumWouldBeTen() {
		// 000000003: 7·3 = 21, 21 mod 11 = 10, which no single check digit can carry.
		assertThat(TaxId.completeNip("000000003")).isNull();
		for (int digit = 0; digit <= 9; digit++) {
			assertThat(TaxId.isValidNip("000000003" + digit)).isFalse();
		}
	}

	@Test
	void completesNineDigitsIntoAValidNip() {
		assertThat(TaxId.completeNip("526000124")).isEqualTo("5260001246");
		for (int i = 100_000_000; i < 100_000_300; i++) {
			String nip = TaxId.completeNip(Integer.toString(i));
			if (nip != null) {
				assertThat(TaxId.isValidNip(nip)).as(nip).isTrue();
			}
		}
	}

	@Test
	void keepsOtherCountriesVatIdsAsGiven() {
		TaxId german = TaxId.of("de", " DE123456789 ");
		assertThat(german.country()).isEqualTo("DE");
		assertThat(german.value()).isEqualTo("DE123456789");
	}

	@Test
	void refusesAnEmptyTaxId() {
		assertThatIllegalArgumentException().isThrownBy(() -> TaxId.of("DE", "  "));
	}
}
