package io.rapport.notifications;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.mail.OutgoingMail;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.lists.Paging;
import io.rapport.notifications.internal.NoticeStore;
import io.rapport.notifications.internal.NoticeStore.Recipient;
import io.rapport.notifications.internal.NoticeTexts;

/**
 * The signed-in person's own inbox and choices; nobody reads or marks another's notices. A notice
 * that is not the caller's is as absent as one that never existed.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

	private final NoticeStore store;

	private final NoticeTexts texts;

	private final OutgoingMail mail;

	private final Clock clock;

	Inbox(NoticeStore store, NoticeTexts texts, OutgoingMail mail, Clock clock) {
		this.store = store;
		this.texts = texts;
		this.mail = mail;
		this.clock = clock;
	}

	/** How many of the caller's notices are unread: one indexed count. */
	public long unread() {
		return store.unread(me());
	}

	/** The caller's notices, newest first; a page past the end is the last. */
	public PageOf<Notice> page(Paging paging) {
		Recipient me = me();
		long total = store.total(me);
		Paging within = paging.within(total);
		return PageOf.of(store.page(me, within.offset(), within.size()), within.page(), within.size(), total);
	}

	/**
	 * Marks one of the caller's notices read.
	 * @return the notice, to follow its link
	 * @throws NotFoundException when the caller has no such notice
	 */
	@Transactional
	public Notice markRead(UUID id) {
		Recipient me = me();
		if (!store.markRead(me, id, clock.instant())) {
			throw new NotFoundException("notification", id);
		}
		return store.find(me, id).orElseThrow(() -> new NotFoundException("notification", id));
	}

	/** @return how many were unread */
	@Transactional
	public int markAllRead() {
		return store.markAllRead(me(), clock.instant());
	}

	/** The caller's choice for every kind (INBOX where they chose nothing). */
	public Map<NoticeKind, Delivery> preferences() {
		return store.preferences(me());
	}

	/** Keeps the caller's choices for the kinds given; the others stay as they were. */
	@Transactional
	public Map<NoticeKind, Delivery> choose(Map<NoticeKind, Delivery> choices) {
		Recipient me = me();
		store.choose(me, choices);
		return store.preferences(me);
	}

	/** Whether e-mail can go out at all; without a mail server every notice stays in the inbox only. */
	public boolean mailAvailable() {
		return mail.configured();
	}

	/** The notice's text in the reader's language. */
	public String text(Notice notice, Locale locale) {
		return texts.text(notice, locale);
	}

	private static Recipient me() {
		Caller caller = CurrentCaller.get();
		return new Recipient(caller.organizationId(), caller.userId());
	}
}
