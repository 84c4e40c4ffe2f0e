package io.rapport.common.imports;

import java.util.List;

/**
 * A file refused as a whole before any row is read into the import: not a spreadsheet at all,
 * a workbook that unpacks to too much, a line or field beyond the limits. Answered like any
 * rejected file (422 with the reason as its one error); a page says it in its own language.
 */
public final class FileRefusedException extends ImportRejectedException {

	/** Why a file is refused; each has a message under {@code import.refused.<key>}. */
	public enum Reason {
		NOT_TABULAR("notTabular"), EXPANDS_TOO_FAR("expands"), LINE_TOO_LONG("lineTooLong"), FIELD_TOO_LONG("fieldTooLong"),
		NOT_CALENDAR("notCalendar"), CALENDAR_TOO_LONG("calendarRange"), TOO_MANY_INSTANCES("instances");

		private final String key;

		Reason(String key) {
			this.key = key;
		}
	}

	private final transient Reason reason;

	private final transient Object argument;

	/**
	 * @param line the line at fault, 0 for the file as a whole
	 * @param argument what the page's message names (a line, a limit), or null
	 * @param detail the reason in English, for the API
	 */
	public FileRefusedException(Reason reason, long line, Object argument, String detail) {
		super(detail, 1, List.of(new RowError(line, null, detail)));
		this.reason = reason;
		this.argument = argument;
	}

	public Reason reason() {
		return reason;
	}

	@Override
	public String title() {
		return "File refused";
	}

	@Override
	public String messageKey() {
		return "import.refused." + reason.key;
	}

	@Override
	public Object messageArgument() {
		return argument;
	}
}
