package io.rapport.common.imports;

import java.util.List;


/**
 * What an import did or, for a dry run, would do.
 *
 * @param accepted rows stored: new lines plus corrections
 * @param corrected of the accepted, rows that changed a line imported earlier
 * @param unchanged rows identical to lines already stored
 * @param rejected rows refused; when any is, nothing is stored
 * @param skipped entries that are not for this import to store, e.g. internal meetings in a calendar
 */
public record ImportReport(long accepted, long corrected, long unchanged, long rejected, long skipped, boolean dryRun,
		List<RowError> errors) {

	public ImportReport(long accepted, long corrected, long unchanged, long rejected, boolean dryRun, List<RowError> errors) {
		this(accepted, corrected, unchanged, rejected, 0, dryRun, errors);
	}
}
