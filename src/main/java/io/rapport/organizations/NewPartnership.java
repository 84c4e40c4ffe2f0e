package io.rapport.organizations;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;

/**
 * A partner to take into the caller's programme: either an organisation the caller already knows
 * ({@code partnerId}) or a company described by its details ({@code partner}), which is matched to
 * an existing organisation by tax id or registered anew.
 *
 * @param tier the tier's name in the vendor's programme
 * @param channelManagerId a user of the vendor, optional
 * @param executiveSponsorId a user of the vendor, optional
 */
public record NewPartnership(UUID partnerId, @Valid NewOrganization partner, @NotBlank @Size(max = TextLimits.TIER_NAME) @NoControlCharacters String tier,
		@NotNull LocalDate since, UUID channelManagerId, UUID executiveSponsorId) {

	public NewPartnership(UUID partnerId, String tier, LocalDate since, UUID channelManagerId, UUID executiveSponsorId) {
		this(partnerId, null, tier, since, channelManagerId, executiveSponsorId);
	}

	@AssertTrue(message = "give either partnerId or partner details, not both")
	public boolean isOnePartnerGiven() {
		return (partnerId == null) != (partner == null);
	}
}
