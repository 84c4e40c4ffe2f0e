package io.rapport.sales;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.rapport.engagement.EngagementInputsChanged;

/** Tells the engagement engine that a vendor's sales changed, in the importing transaction. */
@Component
class SalesEngagementInputs {

	private final ApplicationEventPublisher events;

	SalesEngagementInputs(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(SalesRecorded recorded) {
		events.publishEvent(new EngagementInputsChanged(recorded.vendorId(), false, recorded.partnershipIds(), recorded.earliest()));
	}
}
