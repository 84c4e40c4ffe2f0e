package io.rapport.organizations;

import java.util.UUID;

/** A vendor person named on a partnership: its channel account manager or executive sponsor. */
public record Person(UUID id, String name, String email) {
}
