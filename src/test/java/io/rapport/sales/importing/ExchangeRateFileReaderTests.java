package io.rapport.sales.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import io.rapport.common.imports.RowError;

class ExchangeRateFileReaderTests {

	@TempDir
	Path dir;

	private final List<ExchangeRateRow> rows = new ArrayList<>();

	private final List<RowError> errors = new ArrayList<>();

	private void read(String content) throws IOException {
		Path file = Files.writeString(dir.resolve("rates-" + System.nanoTime() + ".csv"), content, StandardCharsets.UTF_8);
		ExchangeRateFileReader.read(file, new ExchangeRateHandler() {
			@Override
			public void accept(ExchangeRateRow row) {
				rows.add(row);
			}

			@Override
			public void reject(RowError error) {
				errors.add(error);
			}
		});
	}

	@Test
	void readsMonthlyRatesInPolishNotation() throws IOException {
		read("Waluta;Miesiąc;Kurs\nEUR;03.2026;4,2875\nusd;2026-04;3,95\n");
		assertThat(errors).isEmpty();
		assertThat(rows).extracting(ExchangeRateRow::validOn).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
		assertThat(rows.get(0).granularity()).isEqualTo(RateGranularity.MONTH);
		assertThat(rows.get(0).rate()).isEqualByComparingTo("4.2875");
		assertThat(rows.get(1).currency()).isEqualTo("USD");
	}

	@Test
	void readsDailyRates() throws IOException {
		read("currency,date,rate\nEUR,2026-03-14,4.25\n");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.granularity()).isEqualTo(RateGranularity.DAY);
			assertThat(row.validOn()).isEqualTo(LocalDate.of(2026, 3, 14));
		});
	}

	@Test
	void refusesBadRatesAndHeaders() throws IOException {
		read("currency,month,rate\nEUR,2026-13,4.2\nEUR,2026-03,0\nGBP,2026-03,5.1\nEUR,2026-03,4.123456789\n");
		assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly("2:month", "3:rate", "4:currency",
				"5:rate");
		errors.clear();
		read("currency,date,month,rate\n");
		assertThat(errors.get(0).message()).contains("either a date or a month");
	}
}
