package io.rapport.common.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.rapport.common.text.Texts;

/**
 * Reads an import file whose rows carry external ids: the first row is the header (columns found
 * by their aliases, the required ones present), each later row is handed on with its cells and its
 * external id, an id repeated within the file is refused where it repeats, and an empty file is
 * refused as a whole. What a row means is the caller's: one class per kind of file reads its cells.
 */
public final class KeyedRows implements TabularFile.RowVisitor {

	/** Reads one data row; errors go to the row, whose errors the caller reports. */
	public interface RowReader {

		/** @param externalId the row's id, or null when it is missing, too long or repeated (the row says why) */
		void read(RowCells row, String externalId);
	}

	private final Map<String, List<String>> columns;

	private final Set<String> required;

	private final Consumer<HeaderMap> headerCheck;

	private final int longestId;

	private final Consumer<RowError> rejections;

	private final RowReader reader;

	private final Map<String, Long> externalIds = new HashMap<>();

	private HeaderMap header;

	private boolean sawHeader;

	private boolean stopped;

	/**
	 * @param headerCheck what else the header must hold, throwing IllegalArgumentException with the reason
	 * @param longestId the longest external id the file kind keeps
	 */
	public KeyedRows(Map<String, List<String>> columns, Set<String> required, Consumer<HeaderMap> headerCheck, int longestId,
			Consumer<RowError> rejections, RowReader reader) {
		this.columns = columns;
		this.required = required;
		this.headerCheck = headerCheck;
		this.longestId = longestId;
		this.rejections = rejections;
		this.reader = reader;
	}

	/**
	 * Reads the whole file.
	 * @param whenEmpty the message code of the reason an empty file is refused
	 * @throws IOException when the file cannot be read at all
	 */
	public void read(Path file, String whenEmpty) throws IOException {
		TabularFile.read(file, this);
		if (!sawHeader && !stopped) {
			rejections.accept(RowError.of(0, null, whenEmpty));
		}
	}

	@Override
	public void row(long line, List<String> cells) {
		if (stopped) {
			return;
		}
		if (!sawHeader) {
			sawHeader = true;
			try {
				header = HeaderMap.of(cells, columns, required);
				headerCheck.accept(header);
			}
			catch (IllegalArgumentException ex) {
				stopped = true;
				rejections.accept(RowError.refused(line, null, ex));
			}
			return;
		}
		RowCells row = new RowCells(header, line, cells);
		String externalId = row.required("external_id", Function.identity());
		String refusal = Texts.refusal(externalId, longestId, false, "the external id");
		if (refusal != null) {
			row.reject("external_id", refusal);
			externalId = null;
		}
		else if (externalId != null) {
			Long earlier = externalIds.putIfAbsent(externalId, line);
			if (earlier != null) {
				row.reject("external_id", "external id " + externalId + " already appears on line " + earlier);
				externalId = null;
			}
		}
		reader.read(row, externalId);
	}
}
