package io.rapport.organizations.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.organizations.OrganizationDetails;
import io.rapport.organizations.OrganizationProfile;

/**
 * The administrator's form for the organisation's registered details; domains one per line (or
 * separated by commas or spaces).
 */
record OrganizationForm(@NotBlank @Size(max = TextLimits.ORGANIZATION_NAME) @NoControlCharacters String name,
		@Size(max = TextLimits.CITY) @NoControlCharacters String city,
		@Pattern(regexp = "[\\s,]*([A-Za-z0-9.-]+\\.[A-Za-z]{2,}[\\s,]*)*") String domains) {

	static OrganizationForm of(OrganizationProfile profile) {
		return new OrganizationForm(profile.name(), profile.city(), String.join("\n", profile.verifiedDomains()));
	}

	OrganizationDetails details() {
		List<String> listed = domains == null ? List.of()
				: Arrays.stream(domains.split("[\\s,]+")).filter(d -> !d.isBlank()).toList();
		return new OrganizationDetails(name, city, listed);
	}
}
