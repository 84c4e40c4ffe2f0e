package io.rapport.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A wave closed (on its last day, early, or loaded as history): its results about these vendors now show. */
public record SurveyClosed(UUID surveyId, List<UUID> vendorIds, LocalDate closedOn) {
}
