package io.rapport.signals;

import java.util.Map;

import io.rapport.common.DomainRuleException;
import io.rapport.common.ReportedProblem;

/** A step the alert's life does not allow from where it stands, e.g. dismissing a resolved alert; 409. */
public class AlertStateException extends ReportedProblem {

	private final AlertStatus status;

	AlertStateException(AlertStatus status, AlertStatus next) {
		super(status.live() ? "signals.rule.alertState" : "signals.rule.alertClosed",
				new Object[] { DomainRuleException.term("alert.state." + status.name()), DomainRuleException.term("alert.state." + next.name()) });
		this.status = status;
	}

	@Override
	public int status() {
		return 409;
	}

	@Override
	public String title() {
		return "Alert cannot change so";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("alertStatus", status.name());
	}
}
