package io.rapport.organizations;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A partner to take into the caller's programme.
 *
 * @param tier the tier's name in the vendor's programme
 * @param channelManagerId a user of the vendor, optional
 * @param executiveSponsorId a user of the vendor, optional
 */
public record NewPartnership(@NotNull UUID partnerId, @NotBlank String tier, @NotNull LocalDate since,
		UUID channelManagerId, UUID executiveSponsorId) {
}
