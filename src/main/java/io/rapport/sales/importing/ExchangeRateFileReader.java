package io.rapport.sales.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.rapport.common.imports.CellProblem;
import io.rapport.common.imports.TabularFile;
import io.rapport.common.imports.HeaderMap;
import io.rapport.common.imports.RowError;
import io.rapport.common.imports.CellValues;

/**
 * Reads exchange rates: {@code currency}, then {@code date} (a day's rate) or {@code month} (a
 * month's), and {@code rate} — how many units of the vendor's reporting currency one unit of the
 * currency is worth. Same formats and tolerance as the sales file.
 */
public final class ExchangeRateFileReader {

	private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("currency", List.of("waluta"));
		COLUMNS.put("date", List.of("day", "data", "dzien"));
		COLUMNS.put("month", List.of("miesiac"));
		COLUMNS.put("rate", List.of("kurs"));
	}

	/** A rate stays below a million: no currency Rapport takes is worth that many of another, and the column (numeric(18, 8)) holds it. */
	static final BigDecimal MAX_RATE = new BigDecimal("1000000");

	private ExchangeRateFileReader() {
	}

	/**
	 * @throws IOException when the file cannot be read at all
	 */
	public static void read(Path file, ExchangeRateHandler handler) throws IOException {
		HeaderMap[] header = new HeaderMap[1];
		boolean[] stopped = new boolean[1];
		TabularFile.read(file, (line, cells) -> {
			if (stopped[0]) {
				return;
			}
			if (header[0] == null) {
				try {
					header[0] = HeaderMap.of(cells, COLUMNS, Set.of("currency", "rate"));
					if (header[0].has("date") == header[0].has("month")) {
						throw new CellProblem("sales.header.dateOrMonth");
					}
				}
				catch (IllegalArgumentException ex) {
					stopped[0] = true;
					handler.reject(RowError.refused(line, null, ex));
				}
				return;
			}
			List<RowError> errors = new ArrayList<>();
			String currency = read(header[0], cells, "currency", CellValues::currency, line, errors);
			boolean daily = header[0].has("date");
			LocalDate validOn = daily ? read(header[0], cells, "date", CellValues::date, line, errors)
					: read(header[0], cells, "month", CellValues::month, line, errors);
			BigDecimal rate = read(header[0], cells, "rate", text -> CellValues.amount(text, 8, MAX_RATE), line, errors);
			if (rate != null && rate.signum() <= 0) {
				errors.add(RowError.of(line, "rate", "sales.row.rateNotPositive"));
			}
			if (!errors.isEmpty()) {
				errors.forEach(handler::reject);
				return;
			}
			handler.accept(new ExchangeRateRow(line, currency, validOn, daily ? RateGranularity.DAY : RateGranularity.MONTH,
					rate));
		});
		if (header[0] == null && !stopped[0]) {
			handler.reject(RowError.of(0, null, "sales.file.noRates"));
		}
	}

	private static <T> T read(HeaderMap header, List<String> cells, String column,
			java.util.function.Function<String, T> reader, long line, List<RowError> errors) {
		String text = header.get(cells, column);
		if (text == null) {
			errors.add(RowError.of(line, column, "import.cell.missing", column));
			return null;
		}
		try {
			return reader.apply(text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(RowError.refused(line, column, ex));
			return null;
		}
	}
}
