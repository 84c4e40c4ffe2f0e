package io.rapport.organizations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.HashMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.TaxId;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.OrganizationNames;

/**
 * Organisations, as far as the caller may see them: vendor users see their vendor and the
 * partners it works or worked with; partner users their own organisation and its vendors;
 * analysts their hub and every vendor.
 */
@Service
public class OrganizationDirectory implements OrganizationNames {

	// The domains a viewer is shown (issue 12): verified ones, the viewer's own vendor's claims, and
	// all of the viewer's own organisation's. Another vendor's unverified claim is its business alone.
	private static final String COLUMNS = """
			select o.id, o.name, o.kind, o.tax_id, o.country, o.city,
			       coalesce((select array_agg(d.domain order by d.domain) from organization_domain d
			                 where d.organization_id = o.id
			                   and (d.status = 'VERIFIED' or d.added_by_vendor_id = :viewer or o.id = :viewer)), '{}') as domains
			from organization o
			""";

	// Binds :viewer when nobody is signed in: no organisation has it.
	private static final UUID NOBODY = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final OrganizationRecords organizations;

	OrganizationDirectory(JdbcClient jdbc, OrganizationRecords organizations) {
		this.jdbc = jdbc;
		this.organizations = organizations;
	}

	/**
	 * Registers an organisation in its own name: its domains are verified. A Polish tax id must be a
	 * valid NIP; a domain can belong to one organisation only.
	 * @throws DomainRuleException when a domain or tax id is already registered
	 * @throws IllegalArgumentException when the NIP is invalid
	 */
	@Transactional
	public OrganizationView register(NewOrganization request) {
		return register(request, null);
	}

	/**
	 * Registers a partner a vendor describes: its domains are that vendor's unverified claim until
	 * the partner's administrator confirms them.
	 */
	@Transactional
	OrganizationView registerClaimedBy(NewOrganization request, UUID vendorId) {
		return register(request, vendorId);
	}

	private OrganizationView register(NewOrganization request, UUID claimedBy) {
		Organization organization = Organization.register(request.kind(), request.name(), uniqueSlug(request.name()),
				request.country(), request.city(), request.taxId(), new LinkedHashSet<>(request.domains()), claimedBy);
		for (String domain : request.domains()) {
			if (jdbc.sql("select exists (select 1 from organization_domain where domain = ?)")
				.param(domain.trim().toLowerCase(Locale.ROOT)).query(Boolean.class).single()) {
				throw DomainRuleException.rule("organizations.rule.domainTaken", domain);
			}
		}
		organizations.save(organization);
		return find(organization.id());
	}

	/** Organisations visible to the caller, optionally of one kind, by name. */
	@Transactional(readOnly = true)
	public List<OrganizationView> visible(OrganizationKind kind) {
		Caller caller = CurrentCaller.get();
		String sql = COLUMNS + " where " + visibility(caller) + (kind == null ? "" : " and o.kind = :kind")
				+ " order by lower(o.name), o.id";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("caller", caller.organizationId())
			.param("viewer", caller.organizationId());
		if (kind != null) {
			statement = statement.param("kind", kind.name());
		}
		return statement.query(OrganizationDirectory::view).list();
	}

	/**
	 * One organisation visible to the caller.
	 * @throws NotFoundException when it does not exist or is out of the caller's scope
	 */
	@Transactional(readOnly = true)
	public OrganizationView get(UUID id) {
		Caller caller = CurrentCaller.get();
		return jdbc.sql(COLUMNS + " where o.id = :id and " + visibility(caller))
			.params(Map.of("id", id, "caller", caller.organizationId(), "viewer", caller.organizationId()))
			.query(OrganizationDirectory::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("organisation", id));
	}

	/**
	 * One organisation, unscoped: for the caller's own organisation and for other modules' internal
	 * use. Its domains are those the caller, if any, is shown.
	 */
	@Transactional(readOnly = true)
	public OrganizationView find(UUID id) {
		UUID viewer = CurrentCaller.find().map(Caller::organizationId).orElse(NOBODY);
		return jdbc.sql(COLUMNS + " where o.id = :id").param("id", id).param("viewer", viewer)
			.query(OrganizationDirectory::view).optional()
			.orElseThrow(() -> new NotFoundException("organisation", id));
	}

	/**
	 * The domains the calling vendor typed for an organisation that its administrator has not
	 * confirmed yet: they route that vendor's calendar only.
	 */
	@Transactional(readOnly = true)
	public List<String> unconfirmedClaims(UUID organizationId) {
		return jdbc.sql("""
				select domain from organization_domain
				where organization_id = ? and status = 'UNVERIFIED' and added_by_vendor_id = ? order by domain""")
			.params(organizationId, CurrentCaller.get().organizationId())
			.query(String.class)
			.list();
	}

	/** The organisation registered under a tax id in a country, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> findByTaxId(String country, String rawTaxId) {
		if (rawTaxId == null || rawTaxId.isBlank()) {
			return Optional.empty();
		}
		TaxId taxId = TaxId.of(country, rawTaxId);
		return jdbc.sql("select id from organization where country = ? and tax_id = ?")
			.params(taxId.country(), taxId.value()).query(UUID.class).optional();
	}

	// The single place that decides which organisations a caller may see.
	private static String visibility(Caller caller) {
		if (caller.isVendorUser()) {
			return "(o.id = :caller or exists (select 1 from partnership p where p.vendor_id = :caller and p.partner_id = o.id))";
		}
		if (caller.isPartnerUser()) {
			return "(o.id = :caller or exists (select 1 from partnership p where p.partner_id = :caller and p.vendor_id = o.id))";
		}
		if (caller.isAnalyst()) {
			return "(o.id = :caller or o.kind = 'VENDOR')";
		}
		return "false";
	}

	private String uniqueSlug(String name) {
		String base = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		String slug = base.isEmpty() ? "org" : base;
		for (int n = 2; organizations.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	static OrganizationView view(ResultSet rs, int row) throws SQLException {
		return new OrganizationView(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("tax_id"), rs.getString("country"),
				rs.getString("city"), strings(rs.getArray("domains")));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * Every vendor with the size of its programme: a cross-vendor aggregate for analysts, and for
	 * vendor and partner users the vendors they may see.
	 */
	@Transactional(readOnly = true)
	public List<VendorSummary> vendorSummaries() {
		Caller caller = CurrentCaller.get();
		return jdbc.sql("""
				select o.id, o.name, o.city,
				       (select count(*) from partnership p where p.vendor_id = o.id and p.status = 'ACTIVE') as active,
				       (select count(distinct p.partner_id) from partnership p where p.vendor_id = o.id) as partners,
				       (select count(*) from tier t where t.vendor_id = o.id) as tiers
				from organization o where o.kind = 'VENDOR' and """ + visibility(caller) + " order by lower(o.name)")
			.param("caller", caller.organizationId())
			.query((rs, n) -> new VendorSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5), rs.getInt(6)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public String nameOf(UUID organizationId) {
		return jdbc.sql("select name from organization where id = ?").param(organizationId).query(String.class).optional()
			.orElse("");
	}

	/** Organisations' names by id; unknown ids are absent. Unscoped: for naming what the caller may already see. */
	@Transactional(readOnly = true)
	public Map<UUID, String> namesOf(Collection<UUID> organizationIds) {
		Map<UUID, String> names = new HashMap<>();
		if (!organizationIds.isEmpty()) {
			jdbc.sql("select id, name from organization where id in (:ids)").param("ids", List.copyOf(organizationIds))
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
		}
		return names;
	}
}
