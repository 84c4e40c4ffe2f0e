package io.rapport.organizations;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a partnership's tier, as its history shows it.
 *
 * @param reason null for changes made without one (through the API before reasons were asked for)
 * @param changedBy null when the person is no longer known
 */
public record TierChange(UUID id, String fromTier, String toTier, String reason, Instant changedAt, Person changedBy) {
}
