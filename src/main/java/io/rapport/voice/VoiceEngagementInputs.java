package io.rapport.voice;

import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.rapport.engagement.EngagementInputsChanged;

/** Tells the engagement engine that a wave's results about its vendors now show, in the closing transaction. */
@Component
class VoiceEngagementInputs {

	private final ApplicationEventPublisher events;

	VoiceEngagementInputs(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(SurveyClosed closed) {
		closed.vendorIds().forEach(vendorId -> events.publishEvent(
				new EngagementInputsChanged(vendorId, false, Set.of(), closed.closedOn())));
	}
}
