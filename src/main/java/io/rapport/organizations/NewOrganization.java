package io.rapport.organizations;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;

/**
 * An organisation to register.
 *
 * @param country ISO 3166 two-letter code; for PL the tax id must be a valid NIP
 */
public record NewOrganization(@NotNull OrganizationKind kind, @NotBlank @Size(max = TextLimits.ORGANIZATION_NAME) @NoControlCharacters String name,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
		@Size(max = TextLimits.CITY) @NoControlCharacters String city, @Size(max = 40) String taxId, List<@Size(max = TextLimits.DOMAIN) @Pattern(regexp = "[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
				message = "must be a domain such as example.pl") String> domains) {

	public NewOrganization {
		domains = domains == null ? List.of() : List.copyOf(domains);
	}
}
