package io.rapport.demo;

import java.util.List;
import java.util.UUID;

/**
 * A generated vendor with the people later steps need.
 *
 * @param channelManagers user ids of its CAMs
 */
public record DemoVendor(UUID id, String name, String slug, VendorProfile profile, UUID chiefId, UUID ceoId,
		List<UUID> channelManagers) {
}
