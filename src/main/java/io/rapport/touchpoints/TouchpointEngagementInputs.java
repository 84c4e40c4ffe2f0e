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

	/** A touchpoint for the whole channel reaches every partnership and the channel-wide VEI. */
	@EventListener
	void on(TouchpointsRecorded recorded) {
		events.publishEvent(recorded.channelWide() || recorded.partnershipIds().isEmpty()
				? new EngagementInputsChanged(recorded.vendorId())
				: EngagementInputsChanged.ofPartnerships(recorded.vendorId(), recorded.partnershipIds()));
	}

	/** A norm's target applies to every quarter's cadence check. */
	@EventListener
	void on(CadenceNormsChanged changed) {
		events.publishEvent(new EngagementInputsChanged(changed.vendorId(), true));
	}
}
