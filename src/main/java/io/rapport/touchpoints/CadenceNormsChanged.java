package io.rapport.touchpoints;

import java.util.UUID;

/** A vendor changed the targets of its cadence norms. */
public record CadenceNormsChanged(UUID vendorId) {
}
