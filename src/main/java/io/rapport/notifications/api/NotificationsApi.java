package io.rapport.notifications.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.PageOf;
import io.rapport.common.web.lists.Paging;
import io.rapport.notifications.Delivery;
import io.rapport.notifications.Inbox;
import io.rapport.notifications.Notice;
import io.rapport.notifications.NoticeKind;

/** The caller's own notifications and how they want each kind; nobody reaches another's. */
@RestController
@Tag(name = "Notifications", description = "The caller's inbox and delivery choices")
class NotificationsApi {

	private final Inbox inbox;

	NotificationsApi(Inbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * A notification as the API gives it.
	 *
	 * @param text the message in the request's language (Accept-Language)
	 * @param code and arguments: what the text is rendered from
	 */
	record NotificationView(UUID id, NoticeKind kind, String text, String code, List<String> arguments, String link,
			Instant createdAt, boolean read, boolean mailed) {

		static NotificationView of(Notice notice, String text) {
			return new NotificationView(notice.id(), notice.kind(), text, notice.code(), notice.arguments(), notice.link(),
					notice.createdAt(), notice.read(), notice.mailed());
		}
	}

	/** The unread count with one page. */
	record Notifications(long unread, PageOf<NotificationView> notifications) {
	}

	/** Choices per kind; kinds left out keep their choice. */
	record Preferences(@NotNull Map<NoticeKind, @NotNull Delivery> deliveries, boolean mailAvailable) {
	}

	record PreferenceChange(@NotNull Map<NoticeKind, @NotNull Delivery> deliveries) {
	}

	record ReadAll(int marked) {
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "The caller's notifications, newest first, with the unread count")
	Notifications list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		PageOf<Notice> notices = inbox.page(new Paging(page, size));
		return new Notifications(inbox.unread(), notices.map(n -> NotificationView.of(n, inbox.text(n, locale))));
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications read; 404 for any other")
	NotificationView read(@PathVariable UUID id, Locale locale) {
		Notice notice = inbox.markRead(id);
		return NotificationView.of(notice, inbox.text(notice, locale));
	}

	@PostMapping("/api/v1/notifications/read-all")
	@Operation(summary = "Mark all of the caller's notifications read")
	ReadAll readAll() {
		return new ReadAll(inbox.markAllRead());
	}

	@GetMapping("/api/v1/notification-preferences")
	@Operation(summary = "How the caller wants each kind: INBOX, EMAIL or DIGEST; mailAvailable false when no mail server is configured")
	Preferences preferences() {
		return new Preferences(inbox.preferences(), inbox.mailAvailable());
	}

	@PutMapping("/api/v1/notification-preferences")
	@Operation(summary = "Choose INBOX, EMAIL or DIGEST per kind")
	Preferences choose(@Valid @RequestBody PreferenceChange change) {
		return new Preferences(inbox.choose(change.deliveries()), inbox.mailAvailable());
	}
}
