package io.rapport.organizations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.rapport.common.DomainRuleException;
import io.rapport.common.TaxId;


/**
 * A vendor, partner, distributor or media house, with the e-mail domains its people use.
 *
 * <p>Design note (issue 12): once registered, the name, city and domains are the organisation's
 * own; only {@link #edit}, {@link #confirmDomain} and {@link #removeDomain} (its administrator's
 * acts) change them. A domain typed by a vendor stays that vendor's unverified claim until the
 * administrator confirms it; whatever the administrator states is verified.
 */
@Table("organization")
class Organization {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final OrganizationKind kind;

	private String name;

	private final String slug;

	private String country;

	private String city;

	private String taxId;

	@MappedCollection(idColumn = "organization_id")
	private Set<OrganizationDomain> domains;

	@PersistenceCreator
	Organization(UUID id, Integer version, OrganizationKind kind, String name, String slug, String country, String city,
			String taxId, Set<OrganizationDomain> domains) {
		this.id = id;
		this.version = version;
		this.kind = kind;
		this.name = name;
		this.slug = slug;
		this.country = country;
		this.city = city;
		this.taxId = taxId;
		this.domains = domains;
	}

	/**
	 * A new organisation. Its domains are verified unless a vendor typed them for a partner it takes
	 * in ({@code claimedBy}), when they are that vendor's unverified claim.
	 */
	static Organization register(OrganizationKind kind, String name, String slug, String country, String city,
			String rawTaxId, Set<String> domains, UUID claimedBy) {
		String countryCode = country.trim().toUpperCase(Locale.ROOT);
		String taxId = rawTaxId == null || rawTaxId.isBlank() ? null : TaxId.of(countryCode, rawTaxId).value();
		Set<OrganizationDomain> ownDomains = new LinkedHashSet<>();
		for (String domain : domains) {
			ownDomains.add(claimedBy == null ? OrganizationDomain.verified(normalise(domain), null)
					: new OrganizationDomain(normalise(domain), DomainStatus.UNVERIFIED, claimedBy));
		}
		return new Organization(UUID.randomUUID(), null, kind, name.trim(), slug, countryCode, blankToNull(city), taxId,
				ownDomains);
	}

	/**
	 * The administrator states the organisation's name, city and verified domains. Every domain
	 * stated is verified from now on (an unverified claim among them is thereby confirmed); verified
	 * domains left out are removed; unverified claims left out stay as they are.
	 * @return what changed, field by field
	 */
	List<DetailChange> edit(String newName, String newCity, Set<String> verifiedDomains) {
		List<DetailChange> changes = new ArrayList<>();
		String trimmedName = newName.trim();
		if (!trimmedName.equals(name)) {
			changes.add(new DetailChange(OrganizationField.NAME, name, trimmedName));
			name = trimmedName;
		}
		String trimmedCity = blankToNull(newCity);
		if (!Objects.equals(trimmedCity, city)) {
			changes.add(new DetailChange(OrganizationField.CITY, city, trimmedCity));
			city = trimmedCity;
		}
		Set<String> stated = verifiedDomains.stream().map(Organization::normalise).collect(Collectors.toSet());
		String verifiedBefore = listed(DomainStatus.VERIFIED);
		String unverifiedBefore = listed(DomainStatus.UNVERIFIED);
		Set<OrganizationDomain> next = new LinkedHashSet<>();
		for (OrganizationDomain domain : domains) {
			if (stated.contains(domain.domain())) {
				next.add(OrganizationDomain.verified(domain.domain(), domain.addedByVendorId()));
			}
			else if (domain.status() == DomainStatus.UNVERIFIED) {
				next.add(domain);
			}
		}
		Set<String> kept = next.stream().map(OrganizationDomain::domain).collect(Collectors.toSet());
		stated.stream().filter(d -> !kept.contains(d)).sorted().forEach(d -> next.add(OrganizationDomain.verified(d, null)));
		domains = next;
		changes.addAll(domainChanges(verifiedBefore, unverifiedBefore));
		return changes;
	}

	/**
	 * The administrator confirms a vendor's claim to one of the organisation's domains.
	 * @throws DomainRuleException when the domain is not an unverified domain of this organisation
	 */
	List<DetailChange> confirmDomain(String rawDomain) {
		String domain = normalise(rawDomain);
		OrganizationDomain claim = domains.stream()
			.filter(d -> d.domain().equals(domain) && d.status() == DomainStatus.UNVERIFIED)
			.findFirst()
			.orElseThrow(() -> DomainRuleException.rule("organizations.rule.notUnconfirmedDomain", domain, name));
		String verifiedBefore = listed(DomainStatus.VERIFIED);
		String unverifiedBefore = listed(DomainStatus.UNVERIFIED);
		domains = new LinkedHashSet<>(domains);
		domains.remove(claim);
		domains.add(OrganizationDomain.verified(domain, claim.addedByVendorId()));
		return domainChanges(verifiedBefore, unverifiedBefore);
	}

	/**
	 * The administrator removes one of the organisation's domains, verified or a vendor's claim.
	 * @throws DomainRuleException when the organisation has no such domain
	 */
	List<DetailChange> removeDomain(String rawDomain) {
		String domain = normalise(rawDomain);
		String verifiedBefore = listed(DomainStatus.VERIFIED);
		String unverifiedBefore = listed(DomainStatus.UNVERIFIED);
		domains = new LinkedHashSet<>(domains);
		if (!domains.removeIf(d -> d.domain().equals(domain))) {
			throw DomainRuleException.rule("organizations.rule.noSuchDomain", name, domain);
		}
		return domainChanges(verifiedBefore, unverifiedBefore);
	}

	/**
	 * Gives up a vendor's unverified claim to a domain that another organisation's administrator
	 * states as theirs: a claim nobody vouched for yields to one its owner makes.
	 * @return the change, or empty when this organisation holds the domain verified or not at all
	 */
	Optional<DetailChange> yieldClaim(String domain) {
		String unverifiedBefore = listed(DomainStatus.UNVERIFIED);
		domains = new LinkedHashSet<>(domains);
		if (!domains.removeIf(d -> d.domain().equals(domain) && d.status() == DomainStatus.UNVERIFIED)) {
			return Optional.empty();
		}
		return Optional.of(new DetailChange(OrganizationField.UNVERIFIED_DOMAINS, unverifiedBefore,
				listed(DomainStatus.UNVERIFIED)));
	}

	private List<DetailChange> domainChanges(String verifiedBefore, String unverifiedBefore) {
		List<DetailChange> changes = new ArrayList<>();
		String verifiedAfter = listed(DomainStatus.VERIFIED);
		if (!Objects.equals(verifiedBefore, verifiedAfter)) {
			changes.add(new DetailChange(OrganizationField.DOMAINS, verifiedBefore, verifiedAfter));
		}
		String unverifiedAfter = listed(DomainStatus.UNVERIFIED);
		if (!Objects.equals(unverifiedBefore, unverifiedAfter)) {
			changes.add(new DetailChange(OrganizationField.UNVERIFIED_DOMAINS, unverifiedBefore, unverifiedAfter));
		}
		return changes;
	}

	// A set of domains as the history shows it: sorted, comma-separated, none as null.
	private String listed(DomainStatus status) {
		String joined = domains.stream().filter(d -> d.status() == status).map(OrganizationDomain::domain).sorted()
			.collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}

	static String normalise(String domain) {
		return domain.trim().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	UUID id() {
		return id;
	}

	OrganizationKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	record OrganizationDomain(String domain, DomainStatus status, UUID addedByVendorId) {

		static OrganizationDomain verified(String domain, UUID addedByVendorId) {
			return new OrganizationDomain(domain, DomainStatus.VERIFIED, addedByVendorId);
		}
	}

	/** One registered detail before and after a change; domain sets as sorted, comma-separated lists. */
	record DetailChange(OrganizationField field, String from, String to) {
	}
}
