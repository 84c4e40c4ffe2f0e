package io.rapport.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;

/** A survey wave to run: the vendors partners rate, and the days it is open, both inclusive. */
public record NewSurvey(@NotBlank @Size(max = TextLimits.SURVEY_TITLE) @NoControlCharacters String title, @NotEmpty List<@NotNull UUID> vendorIds,
		@NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
}
