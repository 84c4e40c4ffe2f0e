package io.rapport.common.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One row of an imported file read cell by cell: each cell that cannot be read adds its own
 * error, so a row reports every bad cell at once instead of the first only.
 */
public final class RowCells {

	private final HeaderMap header;

	private final List<String> cells;

	private final long line;

	private final List<RowError> errors = new ArrayList<>();

	public RowCells(HeaderMap header, long line, List<String> cells) {
		this.header = header;
		this.line = line;
		this.cells = cells;
	}

	/** The cell's text, trimmed; null when the column is absent or the cell empty. */
	public String text(String column) {
		return header.get(cells, column);
	}

	/** The cell read by the reader; null, with an error, when the reader refuses it; null when empty. */
	public <T> T optional(String column, Function<String, T> reader) {
		String text = text(column);
		if (text == null) {
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

	/** As {@link #optional}, and an empty cell is an error too. */
	public <T> T required(String column, Function<String, T> reader) {
		if (text(column) == null) {
			errors.add(RowError.of(line, column, "import.cell.missing", column.replace('_', ' ')));
			return null;
		}
		return optional(column, reader);
	}

	/** Records a problem with the row that no single reader sees. */
	public void reject(String column, String message) {
		errors.add(new RowError(line, column, message));
	}

	public long line() {
		return line;
	}

	public List<RowError> errors() {
		return errors;
	}
}
