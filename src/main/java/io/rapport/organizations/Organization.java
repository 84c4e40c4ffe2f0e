package io.rapport.organizations;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.rapport.common.TaxId;


/** A vendor, partner, distributor or media house, with the e-mail domains its people use. */
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

	static Organization register(OrganizationKind kind, String name, String slug, String country, String city,
			String rawTaxId, Set<String> domains) {
		String countryCode = country.trim().toUpperCase(Locale.ROOT);
		String taxId = rawTaxId == null || rawTaxId.isBlank() ? null : TaxId.of(countryCode, rawTaxId).value();
		Set<OrganizationDomain> ownDomains = new LinkedHashSet<>();
		for (String domain : domains) {
			ownDomains.add(new OrganizationDomain(domain.trim().toLowerCase(Locale.ROOT)));
		}
		return new Organization(UUID.randomUUID(), null, kind, name.trim(), slug, countryCode,
				city == null || city.isBlank() ? null : city.trim(), taxId, ownDomains);
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

	record OrganizationDomain(String domain) {
	}
}
