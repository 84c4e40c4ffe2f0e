package io.rapport.common.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows an import refused. Several problems on one line refuse one row; every problem is
 * listed up to a limit, enough to fix a file by (a file with more has a systematic problem that
 * the first ones show).
 */
public final class Rejections {

	public static final int MAX_REPORTED_ERRORS = 1000;

	private final List<RowError> errors = new ArrayList<>();

	private long rows;

	private long lastLine = -1;

	public void add(RowError error) {
		// Line 0 and 1 problems are about the file (empty, header), each its own rejection.
		if (error.line() != lastLine || error.line() <= 1) {
			rows++;
			lastLine = error.line();
		}
		if (errors.size() < MAX_REPORTED_ERRORS) {
			errors.add(error);
		}
	}

	public boolean any() {
		return rows > 0;
	}

	public long rows() {
		return rows;
	}

	public List<RowError> errors() {
		return errors;
	}

	/** The exception that rejects the whole file. */
	public ImportRejectedException rejection() {
		return new ImportRejectedException(rows, errors);
	}
}
