package io.rapport.common.web.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import io.rapport.common.DomainRuleException;
import io.rapport.common.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableExportsTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final ExportTable table = ExportTable.named("partnerstwa", "Partner", "Przychód", "Waluta", "Od", "Kontakt")
		.row("Dudek; Telekom \"Sp. z o.o.\"", new Money(new BigDecimal("1234567.50"), "PLN"), "PLN", LocalDate.of(2026, 12, 3),
				Instant.parse("2026-12-03T09:30:00Z"))
		.row("Łódź IT", 0.25, "EUR", null, null)
		.build();

	@Test
	void polishCsvIsWhatPolishExcelReads() {
		byte[] csv = TableExports.csv(table, Locale.forLanguageTag("pl-PL"), WARSAW);
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).containsExactly(
				"Partner;Przychód;Waluta;Od;Kontakt",
				"\"Dudek; Telekom \"\"Sp. z o.o.\"\"\";1234567,5;PLN;2026-12-03;2026-12-03 10:30",
				"Łódź IT;0,25;EUR;;");
	}

	@Test
	void englishCsvUsesCommasAndDecimalPoints() {
		String text = new String(TableExports.csv(table, Locale.ENGLISH, WARSAW), StandardCharsets.UTF_8);
		assertThat(text).contains("\"Dudek; Telekom \"\"Sp. z o.o.\"\"\",1234567.5,PLN,2026-12-03,2026-12-03 10:30");
	}

	@Test
	void xlsxKeepsNumbersAndDatesTyped() throws IOException {
		ResponseEntity<byte[]> response = TableExports.response(ExportFormat.XLSX, table, Locale.ENGLISH, WARSAW);
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("partnerstwa.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Przychód");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234567.5);
			assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 3));
			assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().getHour()).isEqualTo(10);
			assertThat(sheet.getRow(2).getCell(3)).isNull();
		}
	}

	@Test
	void refusesAFileBeyondTheBound() {
		assertThatThrownBy(() -> TableExports.checkSize(TableExports.MAX_ROWS + 1L))
			.isInstanceOfSatisfying(DomainRuleException.class, ex -> assertThat(ex.code()).isEqualTo("list.export.tooLarge"));
		assertThat(ExportFormat.of("XLSX")).contains(ExportFormat.XLSX);
		assertThat(ExportFormat.of("pdf")).isEmpty();
	}
}
