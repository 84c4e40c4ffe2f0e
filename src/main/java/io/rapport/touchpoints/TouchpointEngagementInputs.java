package io.rapport.touchpoints;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

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
		// A day early in UTC: the vendor's own time zone may still be on the day before.
		LocalDate since = recorded.earliest() == null ? null
				: LocalDate.ofInstant(recorded.earliest(), ZoneOffset.UTC).minusDays(1);
		events.publishEvent(new EngagementInputsChanged(recorded.vendorId(), false,
				recorded.channelWide() ? Set.of() : recorded.partnershipIds(), since));
	}

	/** A norm's target applies to every quarter's cadence check. */
	@EventListener
	void on(CadenceNormsChanged changed) {
		events.publishEvent(new EngagementInputsChanged(changed.vendorId(), true));
	}
}
