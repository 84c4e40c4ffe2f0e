package io.rapport.sales.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rapport.sales.SalesCategory;

import static org.assertj.core.api.Assertions.assertThat;
import io.rapport.common.imports.RowError;
import io.rapport.common.imports.CellValues;

class SalesFileReaderTests {

	private static final String NIP = "5260001246";

	@TempDir
	Path dir;

	private final List<SalesRow> rows = new ArrayList<>();

	private final List<RowError> errors = new ArrayList<>();

	private final SalesRowHandler handler = new SalesRowHandler() {
		@Override
		public void accept(SalesRow row) {
			rows.add(row);
		}

		@Override
		public void reject(RowError error) {
			errors.add(error);
		}
	};

	private Path file(String content, Charset charset, boolean bom) throws IOException {
		Path file = dir.resolve("sales-" + System.nanoTime() + ".csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			out.write(content.getBytes(charset));
		}
		return file;
	}

	private void read(String content) throws IOException {
		SalesFileReader.read(file(content, StandardCharsets.UTF_8, false), handler);
	}

	@Test
	void readsACommaSeparatedUtf8FileWithPointDecimalsAndIsoDates() throws IOException {
		read("external_id,partner_tax_id,closed_on,amount,currency,category,description,end_customer\n"
				+ "S-1,526-000-12-46,2026-03-31,1234.50,pln,product,\"Switches, 24 ports\",Gmina Opole\n");
		assertThat(errors).isEmpty();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.partnerTaxId()).isEqualTo(NIP);
			assertThat(row.closedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
			assertThat(row.amount()).isEqualByComparingTo("1234.50");
			assertThat(row.currency()).isEqualTo("PLN");
			assertThat(row.category()).isEqualTo(SalesCategory.PRODUCT);
			assertThat(row.description()).isEqualTo("Switches, 24 ports");
			assertThat(row.endCustomer()).isEqualTo("Gmina Opole");
		});
	}

	@Test
	void readsAPolishExcelExportInWindows1250WithSemicolonsAndDecimalCommas() throws IOException {
		String content = "Id zewnętrzne;NIP partnera;Nazwa partnera;Data zamknięcia;Kwota;Waluta;Kategoria;Klient końcowy\r\n"
				+ "PL-1;;Wiśniewski Sieci sp. z o.o.;31.03.2026;1 234,56;PLN;ROZWIĄZANIE;Urząd Miasta Łódź\r\n"
				+ "PL-2;" + NIP + ";;1.4.2026;1.234,56;EUR;usługa;\r\n";
		SalesFileReader.read(file(content, Charset.forName("windows-1250"), false), handler);
		assertThat(errors).isEmpty();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).partnerName()).isEqualTo("Wiśniewski Sieci sp. z o.o.");
		assertThat(rows.get(0).endCustomer()).isEqualTo("Urząd Miasta Łódź");
		assertThat(rows.get(0).category()).isEqualTo(SalesCategory.SOLUTION);
		assertThat(rows.get(0).amount()).isEqualByComparingTo("1234.56");
		assertThat(rows.get(1).closedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(rows.get(1).amount()).isEqualByComparingTo("1234.56");
		assertThat(rows.get(1).category()).isEqualTo(SalesCategory.SERVICE);
	}

	@Test
	void readsUtf8WithABomAndTabs() throws IOException {
		String content = "external_id\tpartner\tclosed_on\tamount\tcurrency\tcategory\n"
				+ "T-1\tŻuraw Data S.A.\t2026-01-05\t1\u00A0000,00\tUSD\tSOLUTIONS\n";
		SalesFileReader.read(file(content, StandardCharsets.UTF_8, true), handler);
		assertThat(errors).isEmpty();
		assertThat(rows.get(0).partnerName()).isEqualTo("Żuraw Data S.A.");
		assertThat(rows.get(0).amount()).isEqualByComparingTo("1000.00");
	}

	@Test
	void readsThousandsSeparatorsOfEveryKind() {
		assertThat(CellValues.amount("1,234.56", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("1234.56");
		assertThat(CellValues.amount("1.234,56", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("1234.56");
		assertThat(CellValues.amount("1 234 567,8", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("1234567.80");
		assertThat(CellValues.amount("1\u202F234", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("1234");
		assertThat(CellValues.amount("1.234.567", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("1234567");
		assertThat(CellValues.amount("-12,00", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("-12");
		assertThat(CellValues.amount("0.1", 2, SalesFileReader.MAX_AMOUNT).add(CellValues.amount("0,2", 2, SalesFileReader.MAX_AMOUNT))).isEqualByComparingTo("0.3");
	}

	// Issue 12: an amount no column or sum can hold is the row's error, never a database failure.
	@Test
	void refusesAnAmountBeyondWhatALineHolds() {
		assertThat(CellValues.amount("999 999 999 999,99", 2, SalesFileReader.MAX_AMOUNT)).isEqualByComparingTo("999999999999.99");
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> CellValues.amount("99999999999999999999999", 2, SalesFileReader.MAX_AMOUNT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("\"99999999999999999999999\" is too large; it must stay below 1000000000000");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> CellValues.amount("-1000000000000", 2, SalesFileReader.MAX_AMOUNT))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsQuotedDelimitersQuotesAndLineBreaksAndCountsPhysicalLines() throws IOException {
		read("external_id,partner_tax_id,closed_on,amount,currency,category,description\n"
				+ "\n"
				+ "Q-1," + NIP + ",2026-02-01,10,PLN,SERVICE,\"two\nlines, and \"\"quotes\"\"\"\n"
				+ "Q-2," + NIP + ",2026-02-02,oops,PLN,SERVICE,\n");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(3);
			assertThat(row.description()).isEqualTo("two\nlines, and \"quotes\"");
		});
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(5);
			assertThat(error.column()).isEqualTo("amount");
			assertThat(error.message()).contains("\"oops\" is not an amount");
		});
	}

	@Test
	void namesEveryBadCellWithItsLineAndColumn() throws IOException {
		read("external_id,partner_tax_id,partner,closed_on,amount,currency,category\n"
				+ "B-1," + NIP + ",,2026-02-30,10,PLN,PRODUCT\n"
				+ "B-2," + NIP + ",,2026-02-01,10.123,PLN,PRODUCT\n"
				+ "B-3," + NIP + ",,2026-02-01,10,GBP,HARDWARE\n"
				+ ",1234567890,,2026-02-01,10,PLN,PRODUCT\n"
				+ "B-5,,,2026-02-01,10,PLN,PRODUCT\n"
				+ "B-1," + NIP + ",,2026-02-01,10,PLN,PRODUCT\n"
				+ "B-7," + NIP + ",,,,PLN,PRODUCT\n");
		assertThat(rows).isEmpty();
		assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly("2:closed_on", "3:amount",
				"4:currency", "4:category", "5:external_id", "5:partner_tax_id", "6:partner", "7:external_id",
				"8:closed_on", "8:amount");
		assertThat(errors.get(0).message()).contains("not a day of the calendar");
		assertThat(errors.get(1).message()).contains("more than 2 decimals");
		assertThat(errors.get(2).message()).contains("GBP is not supported");
		assertThat(errors.get(3).message()).contains("use PRODUCT, SOLUTION or SERVICE");
		assertThat(errors.get(5).message()).contains("not a valid Polish NIP");
		assertThat(errors.get(7).message()).contains("already appears on line 2");
	}

	@Test
	void refusesAFileWhoseHeaderItCannotUse() throws IOException {
		read("external_id,partner,closed_on,amount,currency,kolor\nX,Y,2026-01-01,1,PLN,PRODUCT\n");
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(1);
			assertThat(error.message()).contains("unknown column kolor").contains("external_id, partner_tax_id");
		});
		errors.clear();
		read("external_id,partner,closed_on,amount\n");
		assertThat(errors.get(0).message()).contains("lacks the required columns category, currency");
		errors.clear();
		read("external_id,closed_on,amount,currency,category\n");
		assertThat(errors.get(0).message()).contains("partner_tax_id or partner");
		errors.clear();
		read("");
		assertThat(errors.get(0).line()).isZero();
		assertThat(errors.get(0).message()).contains("empty");
		assertThat(rows).isEmpty();
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithNumberDateAndTextCells() throws IOException {
		Path file = dir.resolve("sales.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Sprzedaż");
			CellStyle dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			String[] header = { "Numer", "NIP partnera", "Data", "Kwota", "Waluta", "Kategoria" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("X-1");
			first.createCell(1).setCellValue(NIP);
			first.createCell(2).setCellValue(LocalDate.of(2026, 5, 17));
			first.getCell(2).setCellStyle(dates);
			first.createCell(3).setCellValue(2500.75);
			first.createCell(4).setCellValue("EUR");
			first.createCell(5).setCellValue("Produkt");
			// Row 3 left empty; row 4 has text date and a whole number.
			Row second = sheet.createRow(3);
			second.createCell(0).setCellValue(42);
			second.createCell(1).setCellValue(NIP);
			second.createCell(2).setCellValue("18.05.2026");
			second.createCell(3).setCellValue(1000);
			second.createCell(4).setCellValue("PLN");
			second.createCell(5).setCellValue("Usługa");
			workbook.write(out);
		}
		SalesFileReader.read(file, handler);
		assertThat(errors).isEmpty();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).closedOn()).isEqualTo(LocalDate.of(2026, 5, 17));
		assertThat(rows.get(0).amount()).isEqualTo(new BigDecimal("2500.75"));
		assertThat(rows.get(1).line()).isEqualTo(4);
		assertThat(rows.get(1).externalId()).isEqualTo("42");
		assertThat(rows.get(1).closedOn()).isEqualTo(LocalDate.of(2026, 5, 18));
		assertThat(rows.get(1).category()).isEqualTo(SalesCategory.SERVICE);
	}

	@Test
	void streamsALargeFileRowByRow() throws IOException {
		Path file = dir.resolve("large.csv");
		int count = 300_000;
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("external_id;partner_tax_id;closed_on;amount;currency;category\n");
			for (int i = 0; i < count; i++) {
				out.write("L-" + i + ";" + NIP + ";2026-01-15;" + (i % 1000) + ",50;PLN;PRODUCT\n");
			}
		}
		long[] seen = { 0 };
		BigDecimal[] sum = { BigDecimal.ZERO };
		SalesFileReader.read(file, new SalesRowHandler() {
			@Override
			public void accept(SalesRow row) {
				seen[0]++;
				sum[0] = sum[0].add(row.amount());
			}

			@Override
			public void reject(RowError error) {
				errors.add(error);
			}
		});
		assertThat(errors).isEmpty();
		assertThat(seen[0]).isEqualTo(count);
		// Σ over i of (i mod 1000) + 0.50 = 300 · 499,500 + 150,000.
		assertThat(sum[0]).isEqualByComparingTo("150000000.00");
	}
}
