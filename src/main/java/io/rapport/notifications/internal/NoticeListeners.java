package io.rapport.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.rapport.common.NotFoundException;
import io.rapport.common.imports.ImportFinished;
import io.rapport.common.imports.ImportKind;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.Member;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.notifications.NoticeKind;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.signals.AlertEscalated;
import io.rapport.signals.AlertRaised;
import io.rapport.support.SupportCaseOverdue;
import io.rapport.voice.SurveyClosingSoon;
import io.rapport.voice.SurveyOpened;

/**
 * Turns what other modules publish into notices for the people it concerns: an alert's owner, the
 * CAM of a case's partnership (the vendor's channel chiefs when it has none), the people of the
 * partners a survey asks and the chiefs of the vendor running it, whoever started an import. Each notice names its subject, so
 * an event told twice (a retry, a second node) is one notice.
 */
@Component
class NoticeListeners {

	private final Notices notices;

	private final UserDirectory users;

	private final PartnershipQueries partnerships;

	NoticeListeners(Notices notices, UserDirectory users, PartnershipQueries partnerships) {
		this.notices = notices;
		this.users = users;
		this.partnerships = partnerships;
	}

	@ApplicationModuleListener
	void on(AlertRaised raised) {
		owner(raised.ownerId()).ifPresent(owner -> notices.deliver(owner.organizationId(), owner.id(), owner.email(), NoticeKind.ALERT,
				"alert:" + raised.alertId() + ":raised", "notice.alert.raised",
				List.of(partnerName(raised.vendorId(), raised.partnershipId()), raised.severity().name()),
				"/alerts/" + raised.alertId()));
	}

	@ApplicationModuleListener
	void on(AlertEscalated escalated) {
		owner(escalated.ownerId()).ifPresent(owner -> notices.deliver(owner.organizationId(), owner.id(), owner.email(),
				NoticeKind.ALERT, "alert:" + escalated.alertId() + ":" + escalated.to(), "notice.alert.escalated",
				List.of(partnerName(escalated.vendorId(), escalated.partnershipId()), escalated.from().name(), escalated.to().name()),
				"/alerts/" + escalated.alertId()));
	}

	@ApplicationModuleListener
	void on(SupportCaseOverdue overdue) {
		Optional<PartnershipEntry> entry = entry(overdue.vendorId(), overdue.partnershipId());
		List<String> arguments = List.of(entry.map(PartnershipEntry::partnerName).orElse(""), overdue.subject(),
				overdue.severity().name());
		Optional<UserView> cam = entry.map(PartnershipEntry::channelManagerId).flatMap(this::owner)
			.filter(user -> user.organizationId().equals(overdue.vendorId()));
		List<Member> told = cam.map(user -> List.of(new Member(user.id(), user.organizationId(), user.email(), user.name())))
			.orElseGet(() -> users.withRole(overdue.vendorId(), Role.VENDOR_ADMIN));
		for (Member member : told) {
			notices.deliver(member.organizationId(), member.userId(), member.email(), NoticeKind.OVERDUE_CASE,
					"case:" + overdue.caseId(), "notice.case.overdue", arguments, "/support?status=OPEN&overdue=true");
		}
	}

	@ApplicationModuleListener
	void on(SurveyOpened opened) {
		String closes = opened.closesOn().toString();
		for (Invited invited : invited(opened.invited())) {
			notices.deliver(invited.member().organizationId(), invited.member().userId(), invited.member().email(),
					NoticeKind.SURVEY_WAVE, "survey:" + opened.surveyId() + ":" + invited.vendorId() + ":opened",
					"notice.survey.opened", List.of(opened.title(), invited.vendorName(), closes),
					"/surveys/" + opened.surveyId() + "/answer?vendorId=" + invited.vendorId());
		}
		for (Member chief : users.withRole(opened.runBy(), Role.VENDOR_ADMIN)) {
			notices.deliver(chief.organizationId(), chief.userId(), chief.email(), NoticeKind.SURVEY_WAVE,
					"survey:" + opened.surveyId() + ":opened", "notice.survey.openedRun", List.of(opened.title(), closes), "/surveys");
		}
	}

	@ApplicationModuleListener
	void on(SurveyClosingSoon closing) {
		String closes = closing.closesOn().toString();
		for (Invited invited : invited(closing.yetToAnswer())) {
			notices.deliver(invited.member().organizationId(), invited.member().userId(), invited.member().email(),
					NoticeKind.SURVEY_WAVE, "survey:" + closing.surveyId() + ":" + invited.vendorId() + ":closing",
					"notice.survey.closing", List.of(closing.title(), invited.vendorName(), closes),
					"/surveys/" + closing.surveyId() + "/answer?vendorId=" + invited.vendorId());
		}
		for (Member chief : users.withRole(closing.runBy(), Role.VENDOR_ADMIN)) {
			notices.deliver(chief.organizationId(), chief.userId(), chief.email(), NoticeKind.SURVEY_WAVE,
					"survey:" + closing.surveyId() + ":closing", "notice.survey.closingRun", List.of(closing.title(), closes),
					"/surveys");
		}
	}

	@ApplicationModuleListener
	void on(ImportFinished finished) {
		owner(finished.userId()).filter(user -> user.organizationId().equals(finished.organizationId()))
			.ifPresent(user -> notices.deliver(user.organizationId(), user.id(), user.email(), NoticeKind.IMPORT,
					"import:" + finished.importId(), finished.taken() ? "notice.import.taken" : "notice.import.rejected",
					List.of(finished.kind().name(), String.valueOf(finished.lines())), importPage(finished.kind())));
	}

	/** Where a person imports that kind of file again, or reads what it brought. */
	private static String importPage(ImportKind kind) {
		return switch (kind) {
			case SALES, EXCHANGE_RATES -> "/sales/import";
			case TOUCHPOINTS -> "/touchpoints/import";
			case SUPPORT_CASES -> "/support";
		};
	}

	private record Invited(Member member, UUID vendorId, String vendorName) {
	}

	/** Each person of each invited partner, once per vendor the wave asks them about. */
	private List<Invited> invited(List<SurveyOpened.Invitee> invitees) {
		Set<UUID> partners = invitees.stream().map(SurveyOpened.Invitee::partnerId).collect(Collectors.toSet());
		Map<UUID, List<Member>> people = users.membersOf(partners).stream().collect(Collectors.groupingBy(Member::organizationId));
		return invitees.stream()
			.flatMap(invitee -> people.getOrDefault(invitee.partnerId(), List.of()).stream()
				.map(member -> new Invited(member, invitee.vendorId(), invitee.vendorName())))
			.toList();
	}

	private Optional<UserView> owner(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(users.get(userId));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private Optional<PartnershipEntry> entry(UUID vendorId, UUID partnershipId) {
		return partnerships.register(vendorId).stream().filter(e -> e.partnershipId().equals(partnershipId)).findFirst();
	}

	private String partnerName(UUID vendorId, UUID partnershipId) {
		return entry(vendorId, partnershipId).map(PartnershipEntry::partnerName).orElse("");
	}
}
