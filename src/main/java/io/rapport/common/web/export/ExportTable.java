package io.rapport.common.web.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A list as it leaves Rapport in a file: a name for the file, headers in the reader's language and
 * rows of plain values ({@code String}, {@code Number}, {@code LocalDate}, {@code Instant},
 * {@code Money}, {@code Boolean} or {@code null}). A {@code Money} cell exports its amount: give the
 * currency a column of its own, so spreadsheets can add the amounts up.
 */
public record ExportTable(String fileName, List<String> headers, List<List<Object>> rows) {

	public ExportTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** Builds a table row by row. */
	public static Builder named(String fileName, String... headers) {
		return new Builder(fileName, List.of(headers));
	}

	public static final class Builder {

		private final String fileName;

		private final List<String> headers;

		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String fileName, List<String> headers) {
			this.fileName = fileName;
			this.headers = headers;
		}

		public Builder row(Object... values) {
			if (values.length != headers.size()) {
				throw new IllegalArgumentException("A row of " + values.length + " values for " + headers.size() + " columns");
			}
			rows.add(java.util.Arrays.asList(values.clone()));
			return this;
		}

		public ExportTable build() {
			return new ExportTable(fileName, headers, rows);
		}
	}
}
