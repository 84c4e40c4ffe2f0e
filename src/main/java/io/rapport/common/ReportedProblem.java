package io.rapport.common;

import java.util.Map;

/**
 * A failure that knows how it is answered: its HTTP status, a title and extra members of the
 * problem+json body (e.g. an import's list of rejected rows). Modules throw subclasses; the one
 * error advice maps them without knowing the modules.
 */
public abstract class ReportedProblem extends RuntimeException {

	protected ReportedProblem(String detail) {
		super(detail);
	}

	/** The HTTP status code, e.g. 422. */
	public abstract int status();

	public abstract String title();

	/** Extra members of the problem body. */
	public abstract Map<String, Object> properties();
}
