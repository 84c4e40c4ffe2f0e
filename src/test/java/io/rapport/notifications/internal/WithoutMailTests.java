package io.rapport.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.mail.MailProperties;
import io.rapport.common.mail.OutgoingMail;
import io.rapport.identity.UserDirectory;
import io.rapport.notifications.Delivery;
import io.rapport.notifications.Notice;
import io.rapport.notifications.NoticeKind;

/**
 * Issue 13: without a mail server nothing claims to have sent mail. A notice whose reader chose
 * e-mail stays in the inbox, not marked mailed, and no weekly digest is claimed or sent.
 */
class WithoutMailTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC);

	private final NoticeStore store = mock(NoticeStore.class);

	private final OutgoingMail mail = mock(OutgoingMail.class);

	@Test
	void aNoticeChosenByEmailStaysInTheInboxUnmailed() {
		when(mail.configured()).thenReturn(false);
		when(store.preference(any(), eq(NoticeKind.ALERT))).thenReturn(Delivery.EMAIL);
		Notice kept = new Notice(UUID.randomUUID(), NoticeKind.ALERT, "notice.alert.raised", List.of("Partner", "HIGH"),
				"/alerts/x", clock.instant(), false, false);
		when(store.add(any(), eq(NoticeKind.ALERT), anyString(), anyString(), anyList(), anyString(), eq(Delivery.EMAIL), any()))
			.thenReturn(Optional.of(kept));

		new Notices(store, new NoticeTexts(new StaticMessageSource()), mail, new MailProperties(null, null), clock)
			.deliver(UUID.randomUUID(), UUID.randomUUID(), "cam@example.pl", NoticeKind.ALERT, "alert:x:raised",
					"notice.alert.raised", List.of("Partner", "HIGH"), "/alerts/x");

		verify(store).add(any(), eq(NoticeKind.ALERT), eq("alert:x:raised"), eq("notice.alert.raised"), anyList(), eq("/alerts/x"),
				eq(Delivery.EMAIL), any());
		verify(mail, never()).send(any(), any(), any(), any());
		verify(store, never()).mailed(any(), any(), any());
	}

	@Test
	void noWeeklyDigestIsClaimedOrSent() {
		when(mail.configured()).thenReturn(false);
		NoticeDigest digest = new NoticeDigest(store, new NoticeTexts(new StaticMessageSource()), mock(UserDirectory.class), mail,
				new MailProperties(null, null), mock(TransactionTemplate.class), clock);

		assertThat(digest.send()).isZero();
		verifyNoInteractions(store);
		verify(mail, never()).send(any(), any(), any(), any());
	}
}
