package io.rapport.voice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.rapport.common.DomainRuleException;
import io.rapport.common.mail.MailProperties;
import io.rapport.common.mail.OutgoingMail;
import io.rapport.identity.Member;
import io.rapport.identity.UserDirectory;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;

/**
 * Invites every person of every active partner of the wave's vendors once the wave is open, and
 * reminds once those whose organisation has not answered yet: three days before it closes, or
 * earlier when whoever runs the wave asks.
 */
@Service
public class SurveyInvitations {

	/** Days before a wave closes when the one reminder goes out by itself. */
	static final int REMIND_DAYS_BEFORE_CLOSING = 3;

	private static final Logger log = LoggerFactory.getLogger(SurveyInvitations.class);

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final PartnershipQueries partnerships;

	private final UserDirectory users;

	private final OutgoingMail mail;

	private final MailProperties from;

	private final VoiceProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SurveyInvitations(JdbcClient jdbc, Surveys surveys, PartnershipQueries partnerships, UserDirectory users,
			OutgoingMail mail, MailProperties from, VoiceProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.partnerships = partnerships;
		this.users = users;
		this.mail = mail;
		this.from = from;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(SurveyCreated created) {
		invite(created.surveyId());
		SurveyView survey = surveys.view(created.surveyId());
		if (survey.open()) {
			events.publishEvent(new SurveyOpened(survey.id(), survey.title(), survey.runBy().id(), survey.closesOn(), invitees(survey)));
		}
	}

	/**
	 * Every morning ({@code rapport.voice.daily-cron}): invitations for waves that opened, reminders for
	 * waves about to close. {@link SurveyClosing} publishes the closings of those that closed.
	 */
	@Scheduled(cron = "${rapport.voice.daily-cron}", zone = "Europe/Warsaw")
	void daily() {
		for (UUID id : jdbc.sql("select id from survey where closed_early_on is null and opens_on <= ? and closes_on >= ?")
			.params(Date.valueOf(Surveys.today()), Date.valueOf(Surveys.today())).query(UUID.class).list()) {
			invite(id);
			SurveyView survey = surveys.view(id);
			tell(survey);
			if (mail.configured() && !survey.closesOn().minusDays(REMIND_DAYS_BEFORE_CLOSING).isAfter(Surveys.today())) {
				remindOnce(id);
			}
		}
	}

	/**
	 * Tells the inboxes (whether or not mail can go out): on its first day that the wave is open,
	 * in its last days who has yet to answer.
	 */
	private void tell(SurveyView survey) {
		if (survey.opensOn().equals(Surveys.today())) {
			events.publishEvent(new SurveyOpened(survey.id(), survey.title(), survey.runBy().id(), survey.closesOn(), invitees(survey)));
		}
		if (!survey.closesOn().minusDays(REMIND_DAYS_BEFORE_CLOSING).isAfter(Surveys.today())) {
			Set<String> answered = new HashSet<>(jdbc.sql("select vendor_id || ':' || partner_id from survey_response where survey_id = ?")
				.param(survey.id()).query(String.class).list());
			List<SurveyOpened.Invitee> silent = invitees(survey).stream()
				.filter(i -> !answered.contains(i.vendorId() + ":" + i.partnerId())).toList();
			events.publishEvent(new SurveyClosingSoon(survey.id(), survey.title(), survey.runBy().id(), survey.closesOn(), silent));
		}
	}

	/** Each active partner of each of the wave's vendors. */
	private List<SurveyOpened.Invitee> invitees(SurveyView survey) {
		List<SurveyOpened.Invitee> invitees = new ArrayList<>();
		for (SurveyView.Organisation vendor : survey.vendors()) {
			partnerships.register(vendor.id()).stream().filter(p -> p.status() == PartnershipStatus.ACTIVE)
				.map(PartnershipEntry::partnerId).distinct()
				.forEach(partnerId -> invitees.add(new SurveyOpened.Invitee(vendor.id(), vendor.name(), partnerId)));
		}
		return invitees;
	}

	/**
	 * Sends the wave's one reminder now (whoever runs it). It does not say how many were reminded:
	 * while the wave is open that would tell how many organisations answered (issue 12).
	 * @throws DomainRuleException when the wave is not open or was reminded already
	 */
	public void remind(UUID surveyId) {
		surveys.requireRunBy(surveyId);
		SurveyView survey = surveys.view(surveyId);
		if (!survey.open()) {
			throw DomainRuleException.rule("voice.rule.reminderOpenOnly");
		}
		if (!mail.configured()) {
			throw DomainRuleException.rule("voice.rule.reminderNoMail");
		}
		Integer reminded = remindOnce(surveyId);
		if (reminded == null) {
			throw DomainRuleException.rule("voice.rule.reminderSent");
		}
		log.info("Survey {}: {} reminded", survey.title(), reminded);
	}

	/**
	 * Whether invitations and reminders can go out by e-mail at all; without a mail server partners
	 * learn of a wave in their inbox only, and no page may say they were written to.
	 */
	public boolean canMail() {
		return mail.configured();
	}

	/** Whether the wave's one reminder went out already (whoever runs it). */
	public boolean reminded(UUID surveyId) {
		surveys.requireRunBy(surveyId);
		return jdbc.sql("select reminder_sent_at is not null from survey where id = ?").param(surveyId).query(Boolean.class).single();
	}

	/** Invites the partners' people not invited yet, if the wave is open. Unscoped. */
	void invite(UUID surveyId) {
		SurveyView survey = surveys.view(surveyId);
		// Without a mail server there is nobody to write to yet; the daily run invites once one is configured.
		if (!survey.open() || !mail.configured()) {
			return;
		}
		for (SurveyView.Organisation vendor : survey.vendors()) {
			Set<UUID> partners = partnerships.register(vendor.id()).stream()
				.filter(p -> p.status() == PartnershipStatus.ACTIVE).map(PartnershipEntry::partnerId)
				.collect(Collectors.toSet());
			for (Member member : users.membersOf(partners)) {
				jdbc.sql("""
						insert into survey_invitation (survey_id, vendor_id, partner_id, user_id, email) values (?, ?, ?, ?, ?)
						on conflict do nothing""")
					.params(surveyId, vendor.id(), member.organizationId(), member.userId(), member.email()).update();
			}
		}
		List<Map<String, Object>> pending = jdbc.sql("""
				select vendor_id, user_id, email from survey_invitation where survey_id = ? and invited_at is null""")
			.param(surveyId).query().listOfRows();
		int sent = 0;
		for (Map<String, Object> invitation : pending) {
			UUID vendorId = (UUID) invitation.get("vendor_id");
			if (mail.send(from.sender(), (String) invitation.get("email"), subject(survey, vendorId, false), text(survey, vendorId, false))) {
				jdbc.sql("update survey_invitation set invited_at = ? where survey_id = ? and vendor_id = ? and user_id = ?")
					.params(Timestamp.from(Instant.now(clock)), surveyId, vendorId, invitation.get("user_id")).update();
				sent++;
			}
		}
		if (!pending.isEmpty()) {
			log.info("Survey {}: {} of {} invitations sent", survey.title(), sent, pending.size());
		}
	}

	/**
	 * Claims the wave's one reminder (the claim commits by itself, so a second run finds it taken),
	 * then writes to everyone invited who has not answered.
	 * @return how many were reminded, or null when the wave's reminder went out before
	 */
	Integer remindOnce(UUID surveyId) {
		int claimed = jdbc.sql("update survey set reminder_sent_at = now() where id = ? and reminder_sent_at is null")
			.param(surveyId).update();
		if (claimed == 0) {
			return null;
		}
		SurveyView survey = surveys.view(surveyId);
		List<Map<String, Object>> silent = jdbc.sql("""
				select i.vendor_id, i.user_id, i.email from survey_invitation i
				where i.survey_id = ? and not exists (select 1 from survey_response r
				    where r.survey_id = i.survey_id and r.vendor_id = i.vendor_id and r.partner_id = i.partner_id)""")
			.param(surveyId).query().listOfRows();
		int reminded = 0;
		for (Map<String, Object> invitation : silent) {
			UUID vendorId = (UUID) invitation.get("vendor_id");
			if (mail.send(from.sender(), (String) invitation.get("email"), subject(survey, vendorId, true), text(survey, vendorId, true))) {
				jdbc.sql("update survey_invitation set reminded_at = now() where survey_id = ? and vendor_id = ? and user_id = ?")
					.params(surveyId, vendorId, invitation.get("user_id")).update();
				reminded++;
			}
		}
		return reminded;
	}

	private String subject(SurveyView survey, UUID vendorId, boolean reminder) {
		String vendor = name(survey, vendorId);
		return (reminder ? "Reminder / Przypomnienie: " : "") + "How does " + vendor + " work with you? / Jak współpracuje się z "
				+ vendor + "? — " + survey.title();
	}

	private String text(SurveyView survey, UUID vendorId, boolean reminder) {
		String vendor = name(survey, vendorId);
		String link = from.baseUrl() + "/surveys/" + survey.id() + "/answer?vendorId=" + vendorId;
		return """
				%s

				Please rate %s on what matters to you as a partner, and say how likely you would recommend working with it to another integrator. It takes five minutes.
				Your answer is anonymous unless you sign it: %s sees only results over at least %d partner organisations, and comments without who wrote them.
				The survey is open until %s: %s

				%s

				Prosimy o ocenę %s w sprawach ważnych dla partnera oraz o odpowiedź, na ile polecił(a)byś współpracę z tym producentem innemu integratorowi. To zajmie pięć minut.
				Odpowiedź jest anonimowa, chyba że ją podpiszesz: %s widzi wyłącznie wyniki z co najmniej %d organizacji partnerskich, a komentarze bez autorów.
				Ankieta jest otwarta do %s: %s
				""".formatted(reminder ? "A reminder: your organisation has not answered yet." : "You are invited to a partner survey.",
				vendor, vendor, properties.minRespondents(), survey.closesOn(), link,
				reminder ? "Przypomnienie: Twoja organizacja jeszcze nie odpowiedziała." : "Zapraszamy do ankiety dla partnerów.",
				vendor, vendor, properties.minRespondents(), survey.closesOn(), link);
	}

	private static String name(SurveyView survey, UUID vendorId) {
		return survey.vendors().stream().filter(v -> v.id().equals(vendorId)).map(SurveyView.Organisation::name).findFirst()
			.orElse("");
	}
}
