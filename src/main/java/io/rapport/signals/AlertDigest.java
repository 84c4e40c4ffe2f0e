package io.rapport.signals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.mail.MailProperties;
import io.rapport.common.mail.OutgoingMail;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.Member;
import io.rapport.identity.UserDirectory;
import io.rapport.organizations.ChannelPeople;
import io.rapport.organizations.Person;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/**
 * The weekly e-mail about partnerships at risk: to each CAM their own live alerts, to each channel
 * chief all of the vendor's. In English and Polish, like every mail Rapport writes. Sent once a week
 * per person; the chief may send the week's digest again on demand.
 */
@Service
public class AlertDigest {

	/** The most alerts one mail lists; the rest are counted, and the at-risk list shows them all. */
	static final int LISTED = 40;

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"));

	private final Alerts alerts;

	private final AlertReasons reasons;

	private final UserDirectory users;

	private final ChannelPeople people;

	private final VendorProgrammes programmes;

	private final OutgoingMail mail;

	private final MailProperties properties;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	AlertDigest(Alerts alerts, AlertReasons reasons, UserDirectory users, ChannelPeople people, VendorProgrammes programmes, OutgoingMail mail,
			MailProperties properties, MessageSource messages, JdbcClient jdbc) {
		this.alerts = alerts;
		this.reasons = reasons;
		this.users = users;
		this.people = people;
		this.programmes = programmes;
		this.mail = mail;
		this.properties = properties;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	/** Sends this week's digest now, again if it went already (channel chief). */
	public int sendNow(UUID vendorId) {
		CurrentCaller.get().requireChiefOf(vendorId);
		if (!mail.configured()) {
			throw DomainRuleException.rule("signals.rule.noMailServer");
		}
		return send(vendorId, true);
	}

	/** This week's digests, to those who have not had theirs. */
	int send(UUID vendorId) {
		return send(vendorId, false);
	}

	private int send(UUID vendorId, boolean again) {
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		LocalDate week = LocalDate.now(programme.timeZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<AlertView> live = alerts.live(vendorId);
		if (live.isEmpty()) {
			return 0;
		}
		int sent = 0;
		Map<UUID, Person> owners = people.find(live.stream().filter(a -> a.owner() != null).map(a -> a.owner().id()).toList());
		for (Person owner : owners.values()) {
			List<AlertView> own = live.stream().filter(a -> a.owner() != null && a.owner().id().equals(owner.id())).toList();
			sent += deliver(programme, owner.id(), owner.email(), week, own, "digest.cam", again);
		}
		for (Member chief : users.withRole(vendorId, Role.VENDOR_ADMIN)) {
			sent += deliver(programme, chief.userId(), chief.email(), week, live, "digest.chief", again);
		}
		return sent;
	}

	private int deliver(VendorProgramme programme, UUID userId, String email, LocalDate week,
			List<AlertView> list, String intro, boolean again) {
		boolean had = jdbc.sql("select exists (select 1 from alert_digest where vendor_id = ? and user_id = ? and week_of = ?)")
			.params(programme.vendorId(), userId, java.sql.Date.valueOf(week)).query(Boolean.class).single();
		if (had && !again) {
			return 0;
		}
		int count = list.size();
		long fresh = list.stream().filter(a -> !a.raisedOn().isBefore(week)).count();
		StringBuilder subject = new StringBuilder();
		StringBuilder text = new StringBuilder();
		for (Locale locale : LANGUAGES) {
			subject.append(subject.isEmpty() ? "" : " / ")
				.append(messages.getMessage("digest.subject", new Object[] { count, programme.vendorName() }, locale));
			text.append(messages.getMessage(intro, new Object[] { programme.vendorName(), week.toString(), count, fresh }, locale))
				.append("\n\n");
			for (AlertView alert : list.subList(0, Math.min(LISTED, list.size()))) {
				text.append(line(alert, locale));
			}
			if (list.size() > LISTED) {
				text.append(messages.getMessage("digest.more", new Object[] { list.size() - LISTED }, locale)).append("\n");
			}
			text.append(messages.getMessage("digest.open", new Object[] { properties.baseUrl() + "/alerts" }, locale))
				.append("\n\n");
		}
		if (!mail.send(properties.sender(), email, subject.toString(), text.toString().strip() + "\n")) {
			return 0;
		}
		jdbc.sql("""
				insert into alert_digest (vendor_id, user_id, week_of, alerts) values (?, ?, ?, ?)
				on conflict (vendor_id, user_id, week_of) do update set sent_at = now(), alerts = excluded.alerts""")
			.params(programme.vendorId(), userId, java.sql.Date.valueOf(week), count).update();
		return 1;
	}

	private String line(AlertView alert, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add("[" + messages.getMessage("alert.severity." + alert.severity(), null, locale) + "] " + alert.partnerName()
				+ " — " + messages.getMessage("digest.raised", new Object[] { alert.raisedOn().toString(),
						messages.getMessage("alert.status." + alert.status(), null, locale) }, locale));
		reasons.of(alert.signals(), locale).forEach(reason -> parts.add("  - " + reason));
		parts.add("  " + properties.baseUrl() + "/partnerships/" + alert.partnershipId());
		return String.join("\n", parts) + "\n";
	}
}
