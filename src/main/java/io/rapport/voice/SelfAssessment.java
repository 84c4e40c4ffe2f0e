package io.rapport.voice;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** What the vendor's channel team believes partners would answer, criterion key → 0–10, for a wave. */
public record SelfAssessment(@NotNull UUID surveyId, @NotNull Map<String, Double> ratings) {
}
