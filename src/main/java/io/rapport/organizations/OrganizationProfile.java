package io.rapport.organizations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's registered details as its own people see them: every domain with who vouches
 * for it, and the recent history of changes to the details.
 *
 * @param editable whether the caller is the organisation's administrator, who alone changes them
 */
public record OrganizationProfile(UUID id, String name, OrganizationKind kind, String taxId, String country, String city,
		List<Domain> domains, List<Change> history, boolean editable) {

	/** The domains the organisation's administrator vouches for. */
	public List<String> verifiedDomains() {
		return domains.stream().filter(d -> d.status() == DomainStatus.VERIFIED).map(Domain::domain).toList();
	}

	/** Vendors' claims waiting for the administrator. */
	public List<Domain> unverifiedDomains() {
		return domains.stream().filter(d -> d.status() == DomainStatus.UNVERIFIED).toList();
	}

	/**
	 * @param addedById the vendor that typed the domain, if a vendor did
	 */
	public record Domain(String domain, DomainStatus status, UUID addedById, String addedByName) {
	}

	/** One change: domain sets as sorted, comma-separated lists; none is null. */
	public record Change(Instant changedAt, String changedBy, OrganizationField field, String from, String to) {
	}
}
