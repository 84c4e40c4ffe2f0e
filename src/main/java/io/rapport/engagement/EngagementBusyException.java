package io.rapport.engagement;

import java.util.Map;

import io.rapport.common.ReportedProblem;

/** Every place for computing engagement is taken for longer than a reader waits: 503, come back shortly. */
final class EngagementBusyException extends ReportedProblem {

	EngagementBusyException() {
		super("engagement.rule.busy", new Object[0]);
	}

	@Override
	public int status() {
		return 503;
	}

	@Override
	public String title() {
		return "Busy computing";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of();
	}
}
