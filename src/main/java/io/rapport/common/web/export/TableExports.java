package io.rapport.common.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import io.rapport.common.DomainRuleException;
import io.rapport.common.Money;

/**
 * Writes an {@link ExportTable} as CSV or XLSX, the one way every list and chart exports (issue 13).
 * Polish CSV uses semicolons and decimal commas, English CSV commas and decimal points; both are
 * UTF-8 with a byte-order mark so Excel reads the diacritics. Times are written in the programme's
 * zone, dates as ISO (every Excel reads {@code 2026-12-03} as a date).
 */
public final class TableExports {

	/** A bound on one file: beyond it the reader is asked to narrow the filters. */
	public static final int MAX_ROWS = 100_000;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private TableExports() {
	}

	/**
	 * @throws DomainRuleException when the table holds more than {@link #MAX_ROWS} rows
	 */
	public static ResponseEntity<byte[]> response(ExportFormat format, ExportTable table, Locale locale, ZoneId zone) {
		checkSize(table.rows().size());
		byte[] body = format == ExportFormat.CSV ? csv(table, locale, zone) : xlsx(table, zone);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(table.fileName() + "." + format.extension(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	/** Refuses a list too large for one file before it is read whole. */
	public static void checkSize(long rows) {
		if (rows > MAX_ROWS) {
			throw DomainRuleException.rule("list.export.tooLarge", rows, MAX_ROWS);
		}
	}

	static byte[] csv(ExportTable table, Locale locale, ZoneId zone) {
		boolean polish = "pl".equals(locale.getLanguage());
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(polish ? ';' : ',').setRecordSeparator("\r\n").get();
		DecimalFormat numbers = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(polish ? locale : Locale.ROOT));
		numbers.setGroupingUsed(false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			out.write(BOM);
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(writer, format)) {
				printer.printRecord(table.headers());
				for (List<Object> row : table.rows()) {
					for (Object value : row) {
						printer.print(text(value, numbers, zone));
					}
					printer.println();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String text(Object value, DecimalFormat numbers, ZoneId zone) {
		if (value == null) {
			return "";
		}
		if (value instanceof Money money) {
			return numbers.format(money.amount());
		}
		if (value instanceof Number number) {
			return numbers.format(number);
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(zone));
		}
		if (value instanceof LocalDateTime time) {
			return DATE_TIME.format(time);
		}
		return String.valueOf(value);
	}

	static byte[] xlsx(ExportTable table, ZoneId zone) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(sheetName(table.fileName()));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Row first = sheet.createRow(0);
			for (int c = 0; c < table.headers().size(); c++) {
				Cell cell = first.createCell(c);
				cell.setCellValue(table.headers().get(c));
				cell.setCellStyle(header);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Money money) {
						cell.setCellValue(money.amount().doubleValue());
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof Boolean flag) {
						cell.setCellValue(flag);
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Instant instant) {
						cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
						cell.setCellStyle(dateTime);
					}
					else if (value instanceof LocalDateTime time) {
						cell.setCellValue(time);
						cell.setCellStyle(dateTime);
					}
					else {
						cell.setCellValue(String.valueOf(value));
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sheetName(String fileName) {
		String cleaned = fileName.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
		return cleaned.isEmpty() ? "Rapport" : cleaned.substring(0, Math.min(31, cleaned.length()));
	}
}
