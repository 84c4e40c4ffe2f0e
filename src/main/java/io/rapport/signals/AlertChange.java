package io.rapport.signals;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A step in an alert's life, as its history records it. */
public enum AlertChange {
	RAISED, SEVERITY_ROSE, SEVERITY_FELL, CLEARED, PARTNERSHIP_ENDED, ACKNOWLEDGED, RESOLVED, DISMISSED;

	/** @param by null when Rapport itself acted */
	static void record(JdbcClient jdbc, UUID alertId, AlertChange change, AlertStatus status, Severity severity, UUID by,
			String note) {
		jdbc.sql("insert into risk_alert_event (alert_id, change, status, severity, by_user, note) values (?, ?, ?, ?, ?, ?)")
			.params(alertId, change.name(), status.name(), severity.name(), by, note).update();
	}
}
