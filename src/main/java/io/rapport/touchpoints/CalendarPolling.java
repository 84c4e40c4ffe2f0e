package io.rapport.touchpoints;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches the subscribed calendars that are due, every {@code rapport.calendar.poll-interval}
 * (30 minutes unless set). Several nodes may run this at once: each calendar is claimed before it
 * is fetched ({@link CalendarSubscriptions}), so no two fetch the same one.
 */
@Component
class CalendarPolling {

	private static final Logger log = LoggerFactory.getLogger(CalendarPolling.class);

	/** The most calendars one run syncs; the rest wait for the next run, the longest unsynced first. */
	static final int PER_RUN = 500;

	private final CalendarSubscriptions subscriptions;

	CalendarPolling(CalendarSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Scheduled(fixedDelayString = "${rapport.calendar.poll-interval:PT30M}",
			initialDelayString = "${rapport.calendar.poll-interval:PT30M}")
	void poll() {
		try {
			int synced = subscriptions.pollDue(PER_RUN);
			if (synced > 0) {
				log.info("Synced {} subscribed calendars", synced);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Polling subscribed calendars failed: {}", ex.getMessage(), ex);
		}
	}
}
