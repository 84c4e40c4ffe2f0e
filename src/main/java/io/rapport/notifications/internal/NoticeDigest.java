package io.rapport.notifications.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.NotFoundException;
import io.rapport.common.mail.MailProperties;
import io.rapport.common.mail.OutgoingMail;
import io.rapport.common.text.LocaleFormats;
import io.rapport.identity.UserDirectory;
import io.rapport.notifications.Notice;
import io.rapport.notifications.internal.NoticeStore.Recipient;

/**
 * The weekly digest: one e-mail per person listing the notices of the kinds they want weekly that
 * no mail carried yet. A person's digest for a week is claimed in the transaction that marks its
 * notices mailed, so a second node or a restart does not send it again; one the mail server
 * refused is given up with its claim, and its notices wait for the next digest. Without a mail
 * server nothing is claimed and everything stays in the inbox.
 */
@Service
public class NoticeDigest {

	private static final Logger log = LoggerFactory.getLogger(NoticeDigest.class);

	private static final ZoneId HOME = ZoneId.of("Europe/Warsaw");

	private final NoticeStore store;

	private final NoticeTexts texts;

	private final UserDirectory users;

	private final OutgoingMail mail;

	private final MailProperties from;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NoticeDigest(NoticeStore store, NoticeTexts texts, UserDirectory users, OutgoingMail mail, MailProperties from,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.texts = texts;
		this.users = users;
		this.mail = mail;
		this.from = from;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${rapport.notifications.digest-cron:0 0 7 * * MON}", zone = "Europe/Warsaw")
	void weekly() {
		int sent = send();
		if (sent > 0) {
			log.info("Notification digests sent: {}", sent);
		}
	}

	/** @return how many digests went out this run */
	public int send() {
		if (!mail.configured()) {
			return 0;
		}
		LocalDate week = LocalDate.now(clock.withZone(HOME)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int sent = 0;
		for (Recipient recipient : store.awaitingDigest()) {
			Boolean went = transactions.execute(status -> {
				List<Notice> notices = store.forDigest(recipient);
				if (notices.isEmpty() || !store.claimDigest(recipient, week, notices.size(), clock.instant())) {
					return false;
				}
				String email;
				try {
					email = users.get(recipient.userId()).email();
				}
				catch (NotFoundException ex) {
					status.setRollbackOnly();
					return false;
				}
				if (!mail.send(from.sender(), email, subject(notices.size()), text(notices, week))) {
					status.setRollbackOnly();
					return false;
				}
				store.mailed(recipient, notices.stream().map(Notice::id).toList(), clock.instant());
				return true;
			});
			if (Boolean.TRUE.equals(went)) {
				sent++;
			}
		}
		return sent;
	}

	private String subject(int count) {
		StringBuilder subject = new StringBuilder();
		for (Locale locale : NoticeTexts.MAIL_LANGUAGES) {
			subject.append(subject.isEmpty() ? "" : " / ").append(texts.get("notice.digest.subject", locale, count));
		}
		return subject.toString();
	}

	private String text(List<Notice> notices, LocalDate week) {
		StringBuilder text = new StringBuilder();
		for (Locale locale : NoticeTexts.MAIL_LANGUAGES) {
			text.append(texts.get("notice.digest.intro", locale, notices.size(), LocaleFormats.date(week, locale))).append("\n\n");
			for (Notice notice : notices) {
				text.append("- ").append(texts.text(notice, locale)).append("\n  ").append(from.baseUrl()).append(notice.link())
					.append('\n');
			}
			text.append('\n').append(texts.get("notice.mail.inbox", locale, from.baseUrl() + "/inbox")).append("\n\n");
		}
		return text.toString().strip() + "\n";
	}
}
