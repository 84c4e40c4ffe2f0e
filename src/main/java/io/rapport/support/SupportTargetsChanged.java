package io.rapport.support;

import java.util.UUID;

/** A vendor's support targets changed: what counted as answered in time may differ in every quarter. */
public record SupportTargetsChanged(UUID vendorId) {
}
