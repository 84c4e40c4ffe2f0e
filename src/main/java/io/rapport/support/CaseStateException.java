package io.rapport.support;

import java.time.Instant;
import java.util.Map;

import io.rapport.common.ReportedProblem;

/**
 * A response or resolution the case has had already, e.g. a second first response sent by a
 * colleague at the same moment; 409, with where the case stands.
 */
public class CaseStateException extends ReportedProblem {

	private CaseStateException(String detail) {
		super(detail);
	}

	static CaseStateException answeredAlready(Instant firstResponseAt) {
		return new CaseStateException("The case has its first response already, at " + firstResponseAt);
	}

	static CaseStateException resolvedAlready(Instant resolvedAt) {
		return new CaseStateException("The case was resolved already, at " + resolvedAt);
	}

	@Override
	public int status() {
		return 409;
	}

	@Override
	public String title() {
		return "Case has moved on";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of();
	}
}
