package io.rapport.organizations;

import java.util.List;
import java.util.UUID;

/** An organisation as the API shows it. */
public record OrganizationView(UUID id, String name, OrganizationKind kind, String taxId, String country, String city,
		List<String> domains) {
}
