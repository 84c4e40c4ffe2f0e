package io.rapport.touchpoints;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.identity.Seniority;

/**
 * A touchpoint to record.
 *
 * @param type a base kind ({@link TouchpointKind}) or one of the vendor's own type codes
 * @param occurredAt when it happened, with its offset
 * @param direction who reached out; the kind's usual direction when absent
 * @param partnershipIds the partnerships it reached; none means the whole channel
 * @param seniority the most senior vendor person present
 * @param externalId the id in the system it comes from, for idempotent repeats
 * @param paidForPartners conferences: whether partners pay to attend
 * @param pressInvited conferences and events: whether the press was invited
 * @param answered press inquiries: whether the vendor answered
 * @param daysToAnswer press inquiries: days until the answer
 */
public record NewTouchpoint(@NotBlank @Size(max = TextLimits.CODE) @NoControlCharacters String type, @NotNull OffsetDateTime occurredAt,
		@NotBlank @Size(max = TextLimits.TITLE) @NoControlCharacters String title, Direction direction, List<UUID> partnershipIds, Seniority seniority,
		@Size(max = TextLimits.EXTERNAL_ID) @NoControlCharacters String externalId, Boolean paidForPartners, Boolean pressInvited, Boolean answered,
		@PositiveOrZero Integer daysToAnswer) {

	public List<UUID> partnershipIds() {
		return partnershipIds == null ? List.of() : partnershipIds;
	}
}
