package io.rapport.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

import io.rapport.notifications.Delivery;
import io.rapport.notifications.Inbox;
import io.rapport.notifications.NoticeKind;

/** Issue 13: the choices page knows when no e-mail can go out, and shows every choice as stored. */
class PreferencesWithoutMailTests {

	@Test
	void thePageIsToldThatNoMailCanBeSent() {
		Inbox inbox = mock(Inbox.class);
		Map<NoticeKind, Delivery> chosen = new EnumMap<>(NoticeKind.class);
		chosen.put(NoticeKind.ALERT, Delivery.EMAIL);
		chosen.put(NoticeKind.OVERDUE_CASE, Delivery.INBOX);
		chosen.put(NoticeKind.SURVEY_WAVE, Delivery.DIGEST);
		chosen.put(NoticeKind.IMPORT, Delivery.INBOX);
		when(inbox.preferences()).thenReturn(chosen);
		when(inbox.mailAvailable()).thenReturn(false);
		ExtendedModelMap model = new ExtendedModelMap();

		assertThat(new InboxPages(inbox).preferences(model)).isEqualTo(InboxPages.PREFERENCES);
		assertThat(model.get("mailAvailable")).isEqualTo(false);
		assertThat(((InboxPages.PreferencesForm) model.get("form")).alert()).isEqualTo(Delivery.EMAIL);
		assertThat(((InboxPages.PreferencesForm) model.get("form")).surveyWave()).isEqualTo(Delivery.DIGEST);
	}
}
