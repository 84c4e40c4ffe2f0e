package io.rapport.organizations;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;

/**
 * The registered details an organisation's administrator states: its name, city and the e-mail
 * domains its people use. Every domain listed is verified by that statement.
 */
public record OrganizationDetails(@NotBlank @Size(max = TextLimits.ORGANIZATION_NAME) @NoControlCharacters String name,
		@Size(max = TextLimits.CITY) @NoControlCharacters String city,
		List<@Size(max = TextLimits.DOMAIN) @Pattern(regexp = "[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", message = "must be a domain such as example.pl") String> domains) {

	public OrganizationDetails {
		domains = domains == null ? List.of() : List.copyOf(domains);
	}
}
