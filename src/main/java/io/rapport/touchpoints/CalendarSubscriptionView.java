package io.rapport.touchpoints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscribed calendar as people see it: its address masked (a secret iCal address is a
 * credential), whose calendar it is, and what its last sync did.
 *
 * @param ownerId the CAM whose own calendar it is; null for the vendor's calendar
 * @param ownerName that CAM's name; null for the vendor's calendar
 * @param lastResult null until it is first synced
 * @param imported touchpoints the last sync added; null unless it imported
 * @param updated touchpoints the last sync corrected (a meeting moved or renamed); null unless it imported
 * @param unchanged meetings the last sync found as they were; null unless it imported
 * @param skipped entries the last sync left out (internal meetings); null unless it imported
 * @param errorCode the message code of why the last sync failed; null unless it failed
 */
public record CalendarSubscriptionView(UUID id, String maskedUrl, UUID ownerId, String ownerName, boolean active,
		Instant createdAt, Instant lastSyncAt, SyncResult lastResult, Integer imported, Integer updated, Integer unchanged,
		Integer skipped, String errorCode, List<Object> errorArguments) {

	/** What a sync came to. */
	public enum SyncResult {
		/** The calendar was read and imported (perhaps with nothing new in it). */
		IMPORTED,
		/** The server answered 304: nothing changed since the last sync. */
		NOT_MODIFIED,
		/** The calendar could not be fetched or read; {@code errorCode} says why. */
		FAILED
	}

	public CalendarSubscriptionView {
		errorArguments = errorArguments == null ? List.of() : List.copyOf(errorArguments);
	}

	public boolean vendorWide() {
		return ownerId == null;
	}

	/** The error's arguments as a message source takes them. */
	public Object[] errorArgumentArray() {
		return errorArguments.toArray();
	}
}
