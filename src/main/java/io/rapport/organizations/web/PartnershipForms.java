package io.rapport.organizations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import io.rapport.common.TaxId;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.organizations.NewOrganization;
import io.rapport.organizations.NewPartnership;
import io.rapport.organizations.OrganizationKind;

/** The forms of the partnership pages: what the channel chief sends, bound and validated before anything changes. */
final class PartnershipForms {

	/** The most a tier change's reason holds. */
	static final int REASON = 500;

	private PartnershipForms() {
	}

	/** Moving a partnership to another tier; the page always asks why. */
	record TierForm(@NotBlank @Size(max = TextLimits.TIER_NAME) String tier,
			@NotBlank @Size(max = REASON) @NoControlCharacters String reason) {
	}

	/** Naming a partnership's channel account manager. */
	record ManagerForm(@NotNull UUID userId) {
	}

	/** Naming one channel account manager for the partnerships ticked in the list. */
	record BulkManagerForm(@NotEmpty List<UUID> ids, @NotNull UUID userId) {
	}

	/** Ending a partnership: the first submit asks to confirm, the second (confirmed) ends it. */
	record EndForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn, Boolean confirmed) {
	}

	/** Taking a Polish partner into the programme by its NIP; an already registered partner keeps its details. */
	record TakeInForm(@NotBlank @Size(max = TextLimits.ORGANIZATION_NAME) @NoControlCharacters String name,
			@NotBlank @Size(max = 40) String taxId, @Size(max = TextLimits.CITY) @NoControlCharacters String city,
			@NotBlank @Size(max = TextLimits.TIER_NAME) String tier, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, UUID channelManagerId) {

		/** The ten digits of a NIP (dashes and spaces allowed) whose last is the checksum of the other nine. */
		@AssertTrue(message = "{partnership.form.nipInvalid}")
		public boolean isNipValid() {
			if (taxId == null || taxId.isBlank()) {
				return true;
			}
			String digits = taxId.replaceAll("[\\s-]", "");
			return digits.matches("\\d{10}") && TaxId.isValidNip(digits);
		}

		NewPartnership request() {
			return new NewPartnership(null, new NewOrganization(OrganizationKind.PARTNER, name.strip(), "PL",
					city == null || city.isBlank() ? null : city.strip(), taxId.replaceAll("[\\s-]", ""), List.of()), tier, since,
					channelManagerId, null);
		}
	}
}
