package io.rapport.support;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;

/**
 * A customer's problem escalated to the vendor.
 *
 * @param openedAt when the partner reached the vendor; now when left out
 */
public record NewSupportCase(@NotNull UUID partnershipId, @NotNull Channel channel, @NotNull Severity severity,
		@NotBlank @Size(max = TextLimits.TITLE) @NoControlCharacters String subject, OffsetDateTime openedAt) {
}
