package io.rapport.demo;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A generated partnership and the hidden traits later steps draw on.
 *
 * @param tierRank 1 is the lowest tier
 * @param size how much business the partner does, heavy-tailed around 1
 */
public record DemoPartnership(UUID id, UUID vendorId, UUID partnerId, int tierRank, LocalDate since, LocalDate endedOn,
		UUID channelManagerId, double size) {
}
