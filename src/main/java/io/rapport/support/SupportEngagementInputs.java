package io.rapport.support;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.rapport.engagement.EngagementInputsChanged;

/** Tells the engagement engine that a vendor's support cases or targets changed, in the same transaction. */
@Component
class SupportEngagementInputs {

	private final ApplicationEventPublisher events;

	SupportEngagementInputs(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(SupportCasesChanged changed) {
		// A day early in UTC: the vendor's own time zone may still be on the day before.
		LocalDate since = changed.earliest() == null ? null : LocalDate.ofInstant(changed.earliest(), ZoneOffset.UTC).minusDays(1);
		events.publishEvent(new EngagementInputsChanged(changed.vendorId(), false, changed.partnershipIds(), since));
	}

	@EventListener
	void on(SupportTargetsChanged changed) {
		events.publishEvent(new EngagementInputsChanged(changed.vendorId(), true));
	}
}
