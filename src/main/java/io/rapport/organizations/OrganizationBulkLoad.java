package io.rapport.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.TaxId;
import io.rapport.common.db.CopyWriter;

/**
 * Loads organisations, programmes and partnerships in bulk with COPY, for the benchmark scales of
 * the demo: a hundred thousand partnerships cannot go through row-by-row saves. The database's
 * constraints still hold every row; the caller supplies ids and must run inside a transaction.
 */
@Service
public class OrganizationBulkLoad {

	private final DataSource dataSource;

	OrganizationBulkLoad(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** An organisation with one e-mail domain; a Polish tax id must be a valid NIP. */
	public record Organization(UUID id, OrganizationKind kind, String name, String slug, String city, String nip,
			String domain) {
	}

	public record Programme(UUID vendorId, int fiscalYearStartMonth, String timeZone, String reportingCurrency,
			List<Tier> tiers) {
	}

	public record Tier(UUID id, String name, int rank) {
	}

	public record Partnership(UUID id, UUID vendorId, UUID partnerId, UUID tierId, LocalDate since, LocalDate endedOn,
			UUID channelManagerId, UUID executiveSponsorId) {
	}

	/** Polish organisations with their domains, each verified: the demo's companies vouch for their own. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void organizations(List<Organization> organizations) {
		CopyWriter rows = CopyWriter.open(dataSource, "organization", "id, kind, name, slug, country, city, tax_id");
		for (Organization o : organizations) {
			if (o.nip() != null && !TaxId.isValidNip(o.nip())) {
				rows.cancel();
				throw new IllegalArgumentException(o.nip() + " is not a valid NIP");
			}
			rows.field(o.id()).field(o.kind()).field(o.name()).field(o.slug()).field("PL").field(o.city()).field(o.nip())
				.endRow();
		}
		rows.finish();
		CopyWriter domains = CopyWriter.open(dataSource, "organization_domain", "organization_id, domain, status");
		for (Organization o : organizations) {
			domains.field(o.id()).field(o.domain()).field(DomainStatus.VERIFIED).endRow();
		}
		domains.finish();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void programmes(List<Programme> programmes) {
		CopyWriter rows = CopyWriter.open(dataSource, "vendor_programme",
				"vendor_id, fiscal_year_start_month, time_zone, reporting_currency");
		for (Programme p : programmes) {
			rows.field(p.vendorId()).field(p.fiscalYearStartMonth()).field(p.timeZone()).field(p.reportingCurrency()).endRow();
		}
		rows.finish();
		CopyWriter tiers = CopyWriter.open(dataSource, "tier", "id, vendor_id, name, rank");
		for (Programme p : programmes) {
			for (Tier t : p.tiers()) {
				tiers.field(t.id()).field(p.vendorId()).field(t.name()).field(t.rank()).endRow();
			}
		}
		tiers.finish();
	}

	/** Partnerships, each active or ended on its end date. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long partnerships(List<Partnership> partnerships) {
		CopyWriter rows = CopyWriter.open(dataSource, "partnership",
				"id, vendor_id, partner_id, tier_id, since, status, ended_on, channel_manager_id, executive_sponsor_id");
		for (Partnership p : partnerships) {
			rows.field(p.id()).field(p.vendorId()).field(p.partnerId()).field(p.tierId()).field(p.since())
				.field(p.endedOn() == null ? PartnershipStatus.ACTIVE : PartnershipStatus.ENDED).field(p.endedOn())
				.field(p.channelManagerId()).field(p.executiveSponsorId()).endRow();
		}
		return rows.finish();
	}
}
