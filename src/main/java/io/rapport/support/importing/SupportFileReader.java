package io.rapport.support.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.rapport.common.DomainRuleException;
import io.rapport.common.imports.CellProblem;
import io.rapport.common.imports.CellValues;
import io.rapport.common.imports.KeyedRows;
import io.rapport.common.imports.RowCells;
import io.rapport.common.imports.RowError;
import io.rapport.common.text.TextLimits;

/**
 * Reads a helpdesk's export of support cases — CSV (any encoding, delimiter and date style the
 * sales import takes) or XLSX, English or Polish headers and values — row by row. Times without
 * an offset are the vendor's.
 */
public final class SupportFileReader {

	static final Map<String, List<String>> COLUMNS = columns();

	private static final Set<String> REQUIRED = Set.of("external_id", "channel", "severity", "subject", "opened_at");

	private static final Map<String, String> CHANNELS = Map.of("PHONE", "PHONE", "TELEFON", "PHONE", "EMAIL", "EMAIL",
			"E_MAIL", "EMAIL", "MAIL", "EMAIL", "PORTAL", "PORTAL", "CHAT", "CHAT", "CZAT", "CHAT");

	private static final Map<String, String> SEVERITIES = Map.of("CRITICAL", "CRITICAL", "KRYTYCZNY", "CRITICAL", "HIGH", "HIGH",
			"WYSOKI", "HIGH", "NORMAL", "NORMAL", "NORMALNY", "NORMAL", "SREDNI", "NORMAL", "MEDIUM", "NORMAL", "LOW", "LOW",
			"NISKI", "LOW");

	private SupportFileReader() {
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("external_id", List.of("id", "ticket", "ticket_id", "numer", "zgloszenie", "nr_zgloszenia"));
		columns.put("partner_tax_id", List.of("partner tax id", "nip_partnera", "nip", "partner_nip"));
		columns.put("partner", List.of("partner_name", "nazwa_partnera", "nazwa partnera"));
		columns.put("channel", List.of("kanal"));
		columns.put("severity", List.of("priority", "priorytet", "waga", "pilnosc"));
		columns.put("subject", List.of("temat", "tytul", "title", "summary"));
		columns.put("opened_at", List.of("opened", "created", "created_at", "otwarte", "zgloszono", "data_zgloszenia"));
		columns.put("first_response_at", List.of("first_response", "pierwsza_odpowiedz", "odpowiedz"));
		columns.put("resolved_at", List.of("resolved", "closed_at", "rozwiazano", "zamknieto"));
		columns.put("resolved_on_first_call", List.of("first_call", "first_call_resolution", "przy_pierwszym_telefonie",
				"pierwsza_rozmowa"));
		return columns;
	}

	/** One row as read, before it is matched to a partnership. */
	public record Row(long line, String externalId, String partnerTaxId, String partnerName, String channel, String severity,
			String subject, ZonedDateTime openedAt, ZonedDateTime firstResponseAt, ZonedDateTime resolvedAt,
			Boolean resolvedOnFirstCall) {
	}

	/**
	 * @throws IOException when the file cannot be read at all
	 */
	public static void read(Path file, ZoneId zone, Consumer<Row> rows, Consumer<RowError> rejections) throws IOException {
		new KeyedRows(COLUMNS, REQUIRED, header -> {
			if (!header.has("partner_tax_id") && !header.has("partner")) {
				throw new CellProblem("import.header.partner");
			}
		}, TextLimits.EXTERNAL_ID, rejections, (row, externalId) -> supportCase(row, externalId, zone, rows, rejections))
			.read(file, "support.file.noLines");
	}

	private static void supportCase(RowCells row, String externalId, ZoneId zone, Consumer<Row> rows,
			Consumer<RowError> rejections) {
		String taxId = row.optional("partner_tax_id", CellValues::taxId);
		String name = row.optional("partner", Function.identity());
		if (row.text("partner_tax_id") == null && name == null) {
			row.reject(row.text("partner") == null ? "partner_tax_id" : "partner", "the partner is missing");
		}
		String channel = row.required("channel", text -> CellValues.oneOf(text, CHANNELS, DomainRuleException.term("import.what.channel"),
				"PHONE, EMAIL, PORTAL or CHAT"));
		String severity = row.required("severity", text -> CellValues.oneOf(text, SEVERITIES, DomainRuleException.term("import.what.severity"),
				"CRITICAL, HIGH, NORMAL or LOW"));
		String subject = row.required("subject", CellValues.text("the subject", TextLimits.TITLE));
		ZonedDateTime opened = row.required("opened_at", text -> CellValues.moment(text, zone));
		ZonedDateTime first = row.optional("first_response_at", text -> CellValues.moment(text, zone));
		ZonedDateTime resolved = row.optional("resolved_at", text -> CellValues.moment(text, zone));
		Boolean firstCall = row.optional("resolved_on_first_call", CellValues::yesNo);
		if (opened != null && first != null && first.isBefore(opened)) {
			row.reject("first_response_at", "the first response comes before the case was opened");
		}
		if (opened != null && resolved != null && resolved.isBefore(opened)) {
			row.reject("resolved_at", "the resolution comes before the case was opened");
		}
		if (first != null && resolved != null && resolved.isBefore(first)) {
			row.reject("resolved_at", "the resolution comes before the first response");
		}
		if (firstCall != null && (!"PHONE".equals(channel) || resolved == null)) {
			row.reject("resolved_on_first_call", "only a resolved phone case says whether it was solved on the first call");
		}
		if (!row.errors().isEmpty()) {
			row.errors().forEach(rejections);
			return;
		}
		rows.accept(new Row(row.line(), externalId, taxId, name, channel, severity, subject, opened, first, resolved, firstCall));
	}
}
