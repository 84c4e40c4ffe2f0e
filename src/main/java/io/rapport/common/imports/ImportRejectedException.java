package io.rapport.common.imports;

import java.util.List;
import java.util.Map;

import io.rapport.common.ReportedProblem;

/** A file with at least one bad row: nothing of it was stored. Answered with 422 and every error. */
public class ImportRejectedException extends ReportedProblem {

	private final transient List<RowError> errors;

	private final long rejected;

	public ImportRejectedException(long rejected, List<RowError> errors) {
		super("import.rule.rejected", new Object[] { rejected });
		this.rejected = rejected;
		this.errors = List.copyOf(errors);
	}

	protected ImportRejectedException(String detail, long rejected, List<RowError> errors) {
		super(detail);
		this.rejected = rejected;
		this.errors = List.copyOf(errors);
	}

	/** The message key that says on a page why the file as a whole was refused; null when rows were. */
	public String messageKey() {
		return null;
	}

	/** The argument of {@link #messageKey()}'s message (a line number, a limit), or null. */
	public Object messageArgument() {
		return null;
	}

	@Override
	public int status() {
		return 422;
	}

	@Override
	public String title() {
		return "File rejected";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("accepted", 0, "unchanged", 0, "rejected", rejected, "errors", errors);
	}

	public List<RowError> errors() {
		return errors;
	}

	public long rejected() {
		return rejected;
	}
}
