package io.rapport.support;

import java.time.Instant;
import java.util.Map;

import io.rapport.common.ReportedProblem;

/**
 * A response or resolution the case has had already, e.g. a second first response sent by a
 * colleague at the same moment; 409, with where the case stands.
 */
public class CaseStateException extends ReportedProblem {

	private CaseStateException(String code, Instant at) {
		super(code, new Object[] { at });
	}

	static CaseStateException answeredAlready(Instant firstResponseAt) {
		return new CaseStateException("support.rule.answeredAlready", firstResponseAt);
	}

	static CaseStateException resolvedAlready(Instant resolvedAt) {
		return new CaseStateException("support.rule.resolvedAlready", resolvedAt);
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
