package io.rapport.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every few minutes, tells of the open cases that went past their target since the last look
 * ({@link SupportCaseOverdue}). Each case is claimed by one update that marks it told, so two nodes
 * or two runs never tell it twice.
 */
@Component
class SupportDeadlines {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupportDeadlines(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${rapport.support.deadline-check:PT5M}")
	@Transactional
	public void tellOverdue() {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update support_case set overdue_noticed_at = :now
				where overdue_noticed_at is null and id in (
				    select c.id from support_case c""" + SupportCases.TARGETS + """
				    where c.overdue_noticed_at is null and """ + SupportCases.OVERDUE + """
				)
				returning id, vendor_id, partnership_id, subject, severity""")
			.param("now", now)
			.query()
			.listOfRows()
			.forEach(this::tell);
	}

	private void tell(Map<String, Object> row) {
		events.publishEvent(new SupportCaseOverdue((UUID) row.get("id"), (UUID) row.get("vendor_id"),
				(UUID) row.get("partnership_id"), (String) row.get("subject"), Severity.valueOf((String) row.get("severity"))));
	}
}
