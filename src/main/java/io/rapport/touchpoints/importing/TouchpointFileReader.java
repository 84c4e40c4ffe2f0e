package io.rapport.touchpoints.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.rapport.common.DomainRuleException;
import io.rapport.common.imports.CellValues;
import io.rapport.common.imports.KeyedRows;
import io.rapport.common.imports.RowCells;
import io.rapport.common.text.TextLimits;

/**
 * Reads a touchpoint file — CSV (any encoding, delimiter and date style the sales import takes)
 * or XLSX, columns by English or Polish header — row by row. Several partners in one cell are
 * separated by {@code |}. Times without an offset are read in the vendor's time zone.
 */
public final class TouchpointFileReader {

	static final Map<String, List<String>> COLUMNS = columns();

	private static final Set<String> REQUIRED = Set.of("external_id", "type", "occurred_at", "title");

	private static final Map<String, String> DIRECTIONS = Map.of("VENDOR_TO_PARTNER", "VENDOR_TO_PARTNER",
			"DO_PARTNERA", "VENDOR_TO_PARTNER", "PARTNER_TO_VENDOR", "PARTNER_TO_VENDOR", "OD_PARTNERA", "PARTNER_TO_VENDOR",
			"MUTUAL", "MUTUAL", "OBUSTRONNY", "MUTUAL", "WZAJEMNY", "MUTUAL");

	private static final Map<String, String> SENIORITIES = Map.of("CEO", "CEO", "PREZES", "CEO", "EXECUTIVE", "EXECUTIVE",
			"ZARZAD", "EXECUTIVE", "DYREKTOR", "EXECUTIVE", "MANAGER", "MANAGER", "KIEROWNIK", "MANAGER", "STAFF", "STAFF",
			"PRACOWNIK", "STAFF", "CZLONEK_ZARZADU", "EXECUTIVE");

	private TouchpointFileReader() {
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("external_id", List.of("id", "external id", "id_zewnetrzne", "identyfikator"));
		columns.put("type", List.of("typ", "rodzaj", "kind"));
		columns.put("occurred_at", List.of("occurred", "date", "when", "data", "kiedy", "termin"));
		columns.put("title", List.of("tytul", "temat", "subject", "summary"));
		columns.put("direction", List.of("kierunek"));
		columns.put("partner_tax_id", List.of("partner tax id", "nip_partnera", "nip", "partner_nip"));
		columns.put("partner", List.of("partner_name", "nazwa_partnera", "nazwa partnera"));
		columns.put("seniority", List.of("ranga", "najwyzsza_ranga", "most_senior"));
		columns.put("paid_for_partners", List.of("paid", "platna", "odplatna"));
		columns.put("press_invited", List.of("press", "prasa", "prasa_zaproszona"));
		columns.put("answered", List.of("odpowiedziano", "odpowiedz"));
		columns.put("days_to_answer", List.of("dni_do_odpowiedzi", "days"));
		return columns;
	}

	/**
	 * @throws IOException when the file cannot be read at all
	 */
	public static void read(Path file, ZoneId zone, TouchpointRowHandler handler) throws IOException {
		new KeyedRows(COLUMNS, REQUIRED, header -> {
		}, TextLimits.EXTERNAL_ID, handler::reject, (row, externalId) -> touchpoint(row, externalId, zone, handler))
			.read(file, "touchpoints.file.noLines");
	}

	private static void touchpoint(RowCells row, String externalId, ZoneId zone, TouchpointRowHandler handler) {
		String type = row.required("type", CellValues.text("the type", TextLimits.CODE));
		ZonedDateTime occurredAt = row.required("occurred_at", text -> CellValues.moment(text, zone));
		String title = row.required("title", CellValues.text("the title", TextLimits.TITLE));
		String direction = row.optional("direction", text -> CellValues.oneOf(text, DIRECTIONS, DomainRuleException.term("import.what.direction"),
				"VENDOR_TO_PARTNER, PARTNER_TO_VENDOR or MUTUAL"));
		String seniority = row.optional("seniority", text -> CellValues.oneOf(text, SENIORITIES, DomainRuleException.term("import.what.seniority"),
				"CEO, EXECUTIVE, MANAGER or STAFF"));
		List<String> taxIds = row.optional("partner_tax_id", text -> split(text).stream().map(CellValues::taxId).toList());
		List<String> names = row.optional("partner", TouchpointFileReader::split);
		Boolean paid = row.optional("paid_for_partners", CellValues::yesNo);
		Boolean press = row.optional("press_invited", CellValues::yesNo);
		Boolean answered = row.optional("answered", CellValues::yesNo);
		Integer days = row.optional("days_to_answer", CellValues::count);
		if (!row.errors().isEmpty()) {
			row.errors().forEach(handler::reject);
			return;
		}
		handler.accept(new TouchpointRow(row.line(), externalId, type, occurredAt, title, direction,
				taxIds == null ? List.of() : taxIds, names == null ? List.of() : names, seniority, paid, press, answered, days));
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
