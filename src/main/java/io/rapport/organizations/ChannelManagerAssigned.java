package io.rapport.organizations;

import java.util.UUID;

/** A partnership got a new channel account manager. */
public record ChannelManagerAssigned(UUID partnershipId, UUID vendorId, UUID previousManagerId, UUID channelManagerId) {
}
