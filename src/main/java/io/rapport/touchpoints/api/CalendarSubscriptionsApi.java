package io.rapport.touchpoints.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.web.RuleMessages;
import io.rapport.touchpoints.CalendarSubscriptionView;
import io.rapport.touchpoints.CalendarSubscriptionView.SyncResult;
import io.rapport.touchpoints.CalendarSubscriptions;

/** Published calendars Rapport fetches on a schedule and imports as touchpoints (issue 13). */
@RestController
@Tag(name = "Calendar subscriptions", description = "Published calendar addresses fetched and imported on a schedule")
class CalendarSubscriptionsApi {

	private final CalendarSubscriptions subscriptions;

	private final RuleMessages rules;

	CalendarSubscriptionsApi(CalendarSubscriptions subscriptions, RuleMessages rules) {
		this.subscriptions = subscriptions;
		this.rules = rules;
	}

	/**
	 * A subscription to create.
	 *
	 * @param url the published address (https, http or webcal)
	 * @param ownerId the caller's own user id for their own calendar; absent for the vendor's calendar (channel chief)
	 */
	record NewSubscription(@NotBlank @Size(max = CalendarSubscriptions.MAX_URL) @NoControlCharacters String url, UUID ownerId) {
	}

	/**
	 * A subscription with its last sync. The address is masked: a secret iCal address is a credential.
	 *
	 * @param error why the last sync failed, in the caller's language; null unless it failed
	 */
	record Subscription(UUID id, String url, UUID ownerId, String ownerName, boolean vendorWide, boolean active,
			Instant createdAt, Instant lastSyncAt, SyncResult lastResult, Integer imported, Integer updated, Integer unchanged,
			Integer skipped, String errorCode, String error) {
	}

	@GetMapping("/api/v1/calendar-subscriptions")
	@Operation(summary = "The subscribed calendars the caller may see: a CAM their own, the chief and executives the vendor's")
	List<Subscription> list() {
		return subscriptions.visible().stream().map(this::response).toList();
	}

	@PostMapping("/api/v1/calendar-subscriptions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Subscribe to a published calendar: the vendor's (channel chief) or, with ownerId, the caller's own")
	Subscription subscribe(@Valid @RequestBody NewSubscription request) {
		return response(subscriptions.subscribe(request.url(), request.ownerId()));
	}

	@DeleteMapping("/api/v1/calendar-subscriptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End a subscription; the touchpoints it imported stay")
	void remove(@PathVariable UUID id) {
		subscriptions.remove(id);
	}

	@PostMapping("/api/v1/calendar-subscriptions/{id}/pause")
	@Operation(summary = "Stop fetching the calendar on the schedule; Sync now still fetches it")
	Subscription pause(@PathVariable UUID id) {
		return response(subscriptions.setActive(id, false));
	}

	@PostMapping("/api/v1/calendar-subscriptions/{id}/resume")
	@Operation(summary = "Fetch the calendar on the schedule again")
	Subscription resume(@PathVariable UUID id) {
		return response(subscriptions.setActive(id, true));
	}

	@PostMapping("/api/v1/calendar-subscriptions/{id}/sync")
	@Operation(summary = "Fetch and import the calendar now; the answer holds what the sync did, a failure included")
	Subscription sync(@PathVariable UUID id) {
		return response(subscriptions.syncNow(id));
	}

	private Subscription response(CalendarSubscriptionView s) {
		String error = s.errorCode() == null ? null : rules.get(s.errorCode(), s.errorArgumentArray());
		return new Subscription(s.id(), s.maskedUrl(), s.ownerId(), s.ownerName(), s.vendorWide(), s.active(), s.createdAt(),
				s.lastSyncAt(), s.lastResult(), s.imported(), s.updated(), s.unchanged(), s.skipped(), s.errorCode(), error);
	}
}
