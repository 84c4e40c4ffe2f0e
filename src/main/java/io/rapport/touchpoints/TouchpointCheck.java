package io.rapport.touchpoints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.rapport.common.EventDates;
import io.rapport.organizations.PartnershipEntry;

/**
 * Checks a touchpoint against the vendor's programme: it has happened (since 1990), the type
 * resolves to a kind, every partnership is the vendor's, the attributes fit the kind. Shared by the form, the API and the
 * imports, so all three accept and refuse the same things.
 */
final class TouchpointCheck {

	/**
	 * One problem, by the field at fault.
	 *
	 * @param code the problem's message code, with its arguments
	 * @param partnershipId the partnership named that is not the vendor's, for problems of that kind
	 */
	record Problem(String field, String code, List<Object> arguments, UUID partnershipId) {

		Problem(String field, String code, Object... arguments) {
			this(field, code, List.of(arguments), null);
		}
	}

	record Result(Touchpoint touchpoint, List<Problem> problems) {
	}

	private final Function<String, Optional<TouchpointType>> types;

	private final Map<UUID, PartnershipEntry> partnerships;

	private final Instant now;

	/** @param now what "has happened" is measured against: a touchpoint in the future is a plan, not a touchpoint */
	TouchpointCheck(Function<String, Optional<TouchpointType>> types, Map<UUID, PartnershipEntry> partnerships, Instant now) {
		this.types = types;
		this.partnerships = partnerships;
		this.now = now;
	}

	Result check(NewTouchpoint request, TouchpointSource source) {
		List<Problem> problems = new ArrayList<>();
		Optional<TouchpointType> type = types.apply(request.type());
		if (type.isEmpty()) {
			problems.add(new Problem("type", "touchpoints.rule.unknownType", request.type()));
		}
		EventDates.refusal(request.occurredAt().toInstant(), now)
			.ifPresent(refusal -> problems.add(new Problem("occurredAt", "dates.problem." + refusal.name(),
					request.occurredAt(), EventDates.EARLIEST)));
		Set<UUID> reached = new LinkedHashSet<>();
		for (UUID id : request.partnershipIds()) {
			if (!partnerships.containsKey(id)) {
				problems.add(new Problem("partnershipIds", "touchpoints.rule.notInProgramme", List.of(id), id));
			}
			reached.add(id);
		}
		if (type.isEmpty()) {
			return new Result(null, problems);
		}
		TouchpointKind kind = type.get().kind();
		if ((request.paidForPartners() != null) && kind != TouchpointKind.PARTNER_CONFERENCE) {
			problems.add(new Problem("paidForPartners", "touchpoints.rule.paidOnlyConference"));
		}
		if (request.pressInvited() != null && kind != TouchpointKind.PARTNER_CONFERENCE
				&& kind != TouchpointKind.INDEPENDENT_EVENT) {
			problems.add(new Problem("pressInvited", "touchpoints.rule.pressOnlyEvents"));
		}
		if ((request.answered() != null || request.daysToAnswer() != null) && kind != TouchpointKind.PRESS_INQUIRY) {
			problems.add(new Problem("answered", "touchpoints.rule.answeredOnlyInquiry"));
		}
		if (Boolean.FALSE.equals(request.answered()) && request.daysToAnswer() != null) {
			problems.add(new Problem("daysToAnswer", "touchpoints.rule.unansweredDays"));
		}
		Direction direction = request.direction() == null ? kind.usualDirection() : request.direction();
		Boolean answered = request.answered() == null && request.daysToAnswer() != null ? Boolean.TRUE : request.answered();
		return new Result(new Touchpoint(kind, type.get().code(), request.occurredAt().toInstant(), request.title().trim(),
				direction, Set.copyOf(reached), request.seniority(), source, blankToNull(request.externalId()),
				request.paidForPartners(), request.pressInvited(), answered, request.daysToAnswer()), problems);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
