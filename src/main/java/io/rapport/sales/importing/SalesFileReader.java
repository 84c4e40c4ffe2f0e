package io.rapport.sales.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.rapport.common.imports.CellProblem;
import io.rapport.common.imports.CellValues;
import io.rapport.common.imports.KeyedRows;
import io.rapport.common.imports.RowCells;
import io.rapport.common.imports.RowError;
import io.rapport.common.text.TextLimits;
import io.rapport.sales.SalesCategory;

/**
 * Reads a sales file — CSV or XLSX, columns by English or Polish header — row by row, checking
 * each cell. Good rows go to {@link SalesRowHandler#accept}, each bad cell to
 * {@link SalesRowHandler#reject} with its line and column. File-level problems (unreadable, no
 * header, unknown or missing columns) are one rejection on line 1 (or 0 for an empty file), after
 * which reading stops.
 */
public final class SalesFileReader {

	/** The columns, each with the names a person may give it. */
	static final Map<String, List<String>> COLUMNS = columns();

	/**
	 * A line's amount, in its currency and in the reporting one, stays below a trillion: the line's
	 * columns (numeric(18, 2)) hold it, and so do the quarterly sums (numeric(20, 2)) of a million such lines.
	 */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private static final Set<String> REQUIRED = Set.of("external_id", "closed_on", "amount", "currency", "category");

	private SalesFileReader() {
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("external_id", List.of("id", "external id", "id_zewnetrzne", "identyfikator", "numer"));
		columns.put("partner_tax_id", List.of("partner tax id", "nip_partnera", "nip", "partner_nip"));
		columns.put("partner", List.of("partner_name", "nazwa_partnera", "nazwa partnera"));
		columns.put("closed_on", List.of("closed", "date", "data", "data_zamkniecia", "data_sprzedazy"));
		columns.put("amount", List.of("kwota", "wartosc", "value"));
		columns.put("currency", List.of("waluta"));
		columns.put("category", List.of("kategoria", "typ"));
		columns.put("description", List.of("opis"));
		columns.put("end_customer", List.of("customer", "klient_koncowy", "klient"));
		columns.put("end_customer_tax_id", List.of("customer_tax_id", "nip_klienta"));
		columns.put("deal_reference", List.of("deal", "deal_id", "numer_transakcji", "transakcja"));
		return columns;
	}

	/**
	 * @throws IOException when the file cannot be read at all
	 */
	public static void read(Path file, SalesRowHandler handler) throws IOException {
		new KeyedRows(COLUMNS, REQUIRED, header -> {
			if (!header.has("partner_tax_id") && !header.has("partner")) {
				throw new CellProblem("import.header.partner");
			}
		}, TextLimits.REFERENCE, handler::reject, (row, externalId) -> line(row, externalId, handler))
			.read(file, "sales.file.noLines");
	}

	/** PRODUCT, SOLUTION, SERVICE, their plurals, or PRODUKT, ROZWIĄZANIE, USŁUGA (with or without diacritics). */
	static SalesCategory category(String text) {
		String key = CellValues.plain(text).toUpperCase(Locale.ROOT);
		return switch (key) {
			case "PRODUCT", "PRODUCTS", "PRODUKT", "PRODUKTY" -> SalesCategory.PRODUCT;
			case "SOLUTION", "SOLUTIONS", "ROZWIAZANIE", "ROZWIAZANIA" -> SalesCategory.SOLUTION;
			case "SERVICE", "SERVICES", "USLUGA", "USLUGI" -> SalesCategory.SERVICE;
			default -> throw new CellProblem("sales.cell.category", text);
		};
	}

	private static void line(RowCells row, String externalId, SalesRowHandler handler) {
		long line = row.line();
		String taxId = row.optional("partner_tax_id", CellValues::taxId);
		String partner = row.text("partner");
		if (row.text("partner_tax_id") == null && partner == null) {
			row.reject("partner", "the row names no partner; give partner_tax_id or partner");
		}
		LocalDate closedOn = row.required("closed_on", CellValues::date);
		BigDecimal amount = row.required("amount", text -> CellValues.amount(text, 2, MAX_AMOUNT));
		String currency = row.required("currency", CellValues::currency);
		SalesCategory category = row.required("category", SalesFileReader::category);
		String endCustomerTaxId = row.optional("end_customer_tax_id", CellValues::taxId);
		String description = row.optional("description", CellValues.text("the description", TextLimits.DESCRIPTION, /* multiLine= */ true));
		String endCustomer = row.optional("end_customer", CellValues.text("the end customer", TextLimits.ORGANIZATION_NAME));
		String dealReference = row.optional("deal_reference", CellValues.text("the deal reference", TextLimits.REFERENCE));
		if (!row.errors().isEmpty()) {
			row.errors().forEach(handler::reject);
			return;
		}
		handler.accept(new SalesRow(line, externalId, taxId, partner, closedOn, amount, currency, category,
				description, endCustomer, endCustomerTaxId, dealReference));
	}
}
