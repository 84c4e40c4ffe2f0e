package io.rapport.touchpoints;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.rapport.engagement.EngagementInputsChanged;

/** Tells the engagement engine that a vendor's touchpoints or norms changed, in the recording transaction. */
@Component
class TouchpointEngagementInputs {

	private final ApplicationEventPublisher events;

	TouchpointEngagementInputs(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(TouchpointsRecorded recorded) {
		events.publishEvent(new EngagementInputsChanged(recorded.vendorId()));
	}

	/** A norm's target applies to every quarter's cadence check. */
	@EventListener
	void on(CadenceNormsChanged changed) {
		events.publishEvent(new EngagementInputsChanged(changed.vendorId(), true));
	}
}
