package io.rapport.organizations;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/**
 * An organisation's own administrator ({@code PARTNER_ADMIN}) keeps its registered details: name,
 * city and e-mail domains. No vendor changes them (issue 12). Every change is recorded with who
 * made it and when, and the organisation's own people see that history.
 */
@Service
@Transactional
public class OrganizationAdministration {

	private static final int HISTORY_SHOWN = 50;

	private final OrganizationRecords organizations;

	private final JdbcClient jdbc;

	OrganizationAdministration(OrganizationRecords organizations, JdbcClient jdbc) {
		this.organizations = organizations;
		this.jdbc = jdbc;
	}

	/** The caller's own organisation with its domains and history. */
	@Transactional(readOnly = true)
	public OrganizationProfile mine() {
		Caller caller = CurrentCaller.get();
		return profile(caller.organizationId(), caller);
	}

	/**
	 * The organisation's details, when it is the caller's own.
	 * @throws NotFoundException for any other organisation
	 */
	@Transactional(readOnly = true)
	public OrganizationProfile own(UUID organizationId) {
		Caller caller = CurrentCaller.get();
		if (!organizationId.equals(caller.organizationId())) {
			throw new NotFoundException("organisation", organizationId);
		}
		return profile(organizationId, caller);
	}

	/**
	 * The administrator states the name, city and verified domains. A domain another organisation
	 * holds only as a vendor's unverified claim moves here; one it holds verified is refused.
	 * @throws NotFoundException when the organisation is not the caller's own
	 * @throws AccessDeniedException when the caller is not its administrator
	 * @throws DomainTakenException when a domain belongs, verified, to another organisation
	 */
	public OrganizationProfile edit(UUID organizationId, OrganizationDetails details) {
		Caller admin = admin(organizationId);
		Organization organization = load(organizationId);
		Set<String> stated = new LinkedHashSet<>();
		details.domains().forEach(d -> stated.add(Organization.normalise(d)));
		for (String domain : stated) {
			takeOver(domain, organizationId, admin);
		}
		record(organization, organization.edit(details.name(), details.city(), stated), admin);
		return profile(organizationId, admin);
	}

	/**
	 * The administrator confirms a vendor's claim to one of the organisation's domains: it then
	 * routes every vendor's calendar attendees.
	 * @throws DomainRuleException when the domain is no unverified domain of the organisation
	 */
	public OrganizationProfile confirmDomain(UUID organizationId, String domain) {
		Caller admin = admin(organizationId);
		Organization organization = load(organizationId);
		record(organization, organization.confirmDomain(domain), admin);
		return profile(organizationId, admin);
	}

	/**
	 * The administrator removes one of the organisation's domains, e.g. a vendor's wrong claim.
	 * @throws DomainRuleException when the organisation has no such domain
	 */
	public OrganizationProfile removeDomain(UUID organizationId, String domain) {
		Caller admin = admin(organizationId);
		Organization organization = load(organizationId);
		record(organization, organization.removeDomain(domain), admin);
		return profile(organizationId, admin);
	}

	// A claim nobody vouched for yields to the owner's statement; a verified domain elsewhere does not.
	private void takeOver(String domain, UUID organizationId, Caller admin) {
		Optional<Holder> holder = jdbc.sql("select organization_id, status from organization_domain where domain = ?")
			.param(domain)
			.query((rs, n) -> new Holder(rs.getObject(1, UUID.class), DomainStatus.valueOf(rs.getString(2))))
			.optional();
		if (holder.isEmpty() || holder.get().organizationId().equals(organizationId)) {
			return;
		}
		if (holder.get().status() == DomainStatus.VERIFIED) {
			throw new DomainTakenException(domain);
		}
		Organization other = load(holder.get().organizationId());
		record(other, other.yieldClaim(domain).stream().toList(), admin);
	}

	private record Holder(UUID organizationId, DomainStatus status) {
	}

	// Saves the organisation and its history, when anything changed.
	private void record(Organization organization, List<Organization.DetailChange> changes, Caller by) {
		if (!changes.isEmpty()) {
			try {
				organizations.save(organization);
			}
			catch (OptimisticLockingFailureException ex) {
				throw DomainRuleException.rule("organizations.rule.changedMeanwhile", organization.name());
			}
			for (Organization.DetailChange change : changes) {
				// clock_timestamp() keeps the changes of one transaction in the order they were made.
				jdbc.sql("""
						insert into organization_change (organization_id, id, changed_at, changed_by, changed_by_name, field,
						                                 old_value, new_value)
						values (?, ?, clock_timestamp(), ?, ?, ?, ?, ?)""")
					.params(organization.id(), UUID.randomUUID(), by.userId(), by.name(), change.field().name(), change.from(),
							change.to())
					.update();
			}
		}
	}

	private Organization load(UUID organizationId) {
		return organizations.findById(organizationId).orElseThrow(() -> new NotFoundException("organisation", organizationId));
	}

	// Scope first, role second: another organisation's id answers 404 whatever the caller's role.
	private static Caller admin(UUID organizationId) {
		Caller caller = CurrentCaller.get();
		if (!organizationId.equals(caller.organizationId())) {
			throw new NotFoundException("organisation", organizationId);
		}
		caller.require(Capability.ADMINISTER_ORGANIZATION);
		return caller;
	}

	private OrganizationProfile profile(UUID organizationId, Caller caller) {
		List<OrganizationProfile.Domain> domains = jdbc.sql("""
				select d.domain, d.status, d.added_by_vendor_id, v.name from organization_domain d
				left join organization v on v.id = d.added_by_vendor_id
				where d.organization_id = ? order by d.domain""")
			.param(organizationId)
			.query((rs, n) -> new OrganizationProfile.Domain(rs.getString(1), DomainStatus.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getString(4)))
			.list();
		List<OrganizationProfile.Change> history = jdbc.sql("""
				select changed_at, changed_by_name, field, old_value, new_value from organization_change
				where organization_id = ? order by changed_at desc, id limit ?""")
			.params(organizationId, HISTORY_SHOWN)
			.query((rs, n) -> new OrganizationProfile.Change(rs.getObject(1, Timestamp.class).toInstant(), rs.getString(2),
					OrganizationField.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
		return jdbc.sql("select id, name, kind, tax_id, country, city from organization where id = ?")
			.param(organizationId)
			.query((rs, n) -> new OrganizationProfile(rs.getObject(1, UUID.class), rs.getString(2),
					OrganizationKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), domains, history,
					caller.may(Capability.ADMINISTER_ORGANIZATION) && organizationId.equals(caller.organizationId())))
			.optional()
			.orElseThrow(() -> new NotFoundException("organisation", organizationId));
	}
}
