package io.rapport.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The at-risk list's partner search compares names as people type them (issue 13). */
class AlertSearchTests {

	@Test
	void findsPolishNamesTypedWithoutDiacriticsOrCapitals() {
		assertThat(Alerts.fold("Poznań Łódź Sp. z o.o.")).isEqualTo("poznan lodz sp. z o.o.");
		assertThat(Alerts.fold("ŻÓŁĆ")).contains("zolc");
	}
}
