package io.rapport.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the closing of every wave whose last day has passed, so its results reach the other
 * modules (the channel-wide VEI reads the latest closed wave).
 *
 * <p>Design note (issue 12, nothing lost when the process dies): a wave is claimed on its own row
 * ({@code closed_on}, set only while empty) in the transaction that publishes its {@link SurveyClosed},
 * and the event's listeners are stored in the same transaction by the event publication registry.
 * A run the process dies in commits both or neither; a run the process missed is caught up, since
 * every wave past its last day and not yet claimed is closed, not only yesterday's, every morning
 * and when the application starts. Two runs at once (two nodes) meet on the row lock, and the
 * second finds the wave claimed: each wave is closed exactly once.
 */
@Component
class SurveyClosing {

	private static final Logger log = LoggerFactory.getLogger(SurveyClosing.class);

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	SurveyClosing(JdbcClient jdbc, Surveys surveys, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.events = events;
		this.transactions = transactions;
	}

	/** Every morning ({@code rapport.voice.daily-cron}), with the invitations and reminders. */
	@Scheduled(cron = "${rapport.voice.daily-cron}", zone = "Europe/Warsaw")
	void daily() {
		closeDueWaves();
	}

	/** After a start: the closings a run missed while the process was down, or died in. */
	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		closeDueWaves();
	}

	/**
	 * Closes, in one transaction, every wave whose last day has passed and whose closing nobody has
	 * published yet. Unscoped.
	 *
	 * @return how many waves it closed
	 */
	int closeDueWaves() {
		LocalDate today = Surveys.today();
		Integer closed = transactions.execute(status -> {
			List<UUID> due = jdbc.sql("select id from survey where closed_on is null and closes_on < ? order by closes_on, id")
				.param(Date.valueOf(today)).query(UUID.class).list();
			int claimed = 0;
			for (UUID id : due) {
				// The claim waits for a run that holds the row, then finds it set: no wave closes twice.
				if (jdbc.sql("update survey set closed_on = closes_on where id = ? and closed_on is null").param(id).update() == 0) {
					continue;
				}
				SurveyView survey = surveys.view(id);
				log.info("Closing survey wave {} (last day {}, {} vendors)", survey.title(), survey.closesOn(),
						survey.vendors().size());
				events.publishEvent(new SurveyClosed(id, survey.vendors().stream().map(SurveyView.Organisation::id).toList(),
						survey.closesOn()));
				claimed++;
			}
			return claimed;
		});
		return closed == null ? 0 : closed;
	}
}
