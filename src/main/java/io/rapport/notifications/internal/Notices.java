package io.rapport.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.rapport.common.mail.MailProperties;
import io.rapport.common.mail.OutgoingMail;
import io.rapport.notifications.Delivery;
import io.rapport.notifications.NoticeKind;
import io.rapport.notifications.internal.NoticeStore.Recipient;

/**
 * Puts a notice in a person's inbox and, when they chose e-mail and a mail server is configured,
 * writes it to them at once. A notice that could not be mailed stays in the inbox, not marked mailed.
 */
@Service
public class Notices {

	private final NoticeStore store;

	private final NoticeTexts texts;

	private final OutgoingMail mail;

	private final MailProperties from;

	private final Clock clock;

	Notices(NoticeStore store, NoticeTexts texts, OutgoingMail mail, MailProperties from, Clock clock) {
		this.store = store;
		this.texts = texts;
		this.mail = mail;
		this.from = from;
		this.clock = clock;
	}

	/**
	 * @param subject what the notice is about; the same subject for the same person is kept once
	 * @param email where an e-mail goes if the person chose one
	 */
	public void deliver(UUID organizationId, UUID userId, String email, NoticeKind kind, String subject, String code,
			List<String> arguments, String link) {
		Recipient to = new Recipient(organizationId, userId);
		Delivery delivery = store.preference(to, kind);
		store.add(to, kind, subject, code, arguments, link, delivery, clock.instant()).ifPresent(notice -> {
			if (delivery == Delivery.EMAIL && mail.configured()) {
				StringBuilder subjectLine = new StringBuilder();
				StringBuilder text = new StringBuilder();
				for (var locale : NoticeTexts.MAIL_LANGUAGES) {
					String line = texts.text(notice, locale);
					subjectLine.append(subjectLine.isEmpty() ? "" : " / ").append(line);
					text.append(line).append('\n').append(texts.get("notice.mail.open", locale, from.baseUrl() + link))
						.append("\n\n");
				}
				if (mail.send(from.sender(), email, "Rapport: " + subjectLine, text.toString().strip() + "\n")) {
					store.mailed(to, List.of(notice.id()), clock.instant());
				}
			}
		});
	}
}
