package io.rapport.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.FiscalCalendar;
import io.rapport.common.Money;
import io.rapport.common.NotFoundException;
import io.rapport.common.Period;
import io.rapport.common.Quarter;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/**
 * Vendors' programmes: the fiscal calendar a vendor's quarters follow, and its ordered tiers.
 * Programme settings are not secret: any vendor, partner of that vendor or analyst may read them.
 */
@Service
public class VendorProgrammes {

	private final JdbcClient jdbc;

	private final Clock clock;

	VendorProgrammes(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Sets up a vendor's programme with its tiers, lowest first.
	 * @throws DomainRuleException when the organisation is not a vendor or has a programme already
	 */
	@Transactional
	public VendorProgramme define(UUID vendorId, int fiscalYearStartMonth, ZoneId timeZone, String reportingCurrency,
			List<String> tiersLowestFirst) {
		String kind = jdbc.sql("select kind from organization where id = ?").param(vendorId).query(String.class)
			.optional().orElseThrow(() -> new NotFoundException("organisation", vendorId));
		if (!OrganizationKind.VENDOR.name().equals(kind)) {
			throw DomainRuleException.rule("organizations.rule.onlyVendorsRunProgrammes");
		}
		if (tiersLowestFirst.isEmpty()) {
			throw DomainRuleException.rule("organizations.rule.noTiers");
		}
		if (!Money.CURRENCIES.contains(reportingCurrency)) {
			throw DomainRuleException.rule("organizations.rule.reportingCurrency");
		}
		new FiscalCalendar(fiscalYearStartMonth);
		jdbc.sql("insert into vendor_programme (vendor_id, fiscal_year_start_month, time_zone, reporting_currency) values (?, ?, ?, ?)")
			.params(vendorId, fiscalYearStartMonth, timeZone.getId(), reportingCurrency)
			.update();
		int rank = 1;
		for (String tier : tiersLowestFirst) {
			jdbc.sql("insert into tier (id, vendor_id, name, rank) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), vendorId, tier.trim(), rank++)
				.update();
		}
		return find(vendorId).orElseThrow();
	}

	/**
	 * The programme of a vendor the caller may see: its own, one it partners with, or any for an analyst.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public VendorProgramme visible(UUID vendorId) {
		Caller caller = CurrentCaller.get();
		boolean visible = caller.isAnalyst() || caller.worksFor(vendorId) || (caller.isPartnerUser()
				&& jdbc.sql("select exists (select 1 from partnership where vendor_id = ? and partner_id = ?)")
					.params(vendorId, caller.organizationId()).query(Boolean.class).single());
		if (!visible) {
			throw new NotFoundException("vendor", vendorId);
		}
		return find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
	}

	/** A vendor's programme, unscoped: for modules computing on the vendor's own data. */
	@Transactional(readOnly = true)
	public Optional<VendorProgramme> find(UUID vendorId) {
		List<TierView> tiers = new ArrayList<>(jdbc.sql("select id, name, rank from tier where vendor_id = ? order by rank")
			.param(vendorId)
			.query((rs, n) -> new TierView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("rank")))
			.list());
		return jdbc.sql("""
				select v.vendor_id, o.name, v.fiscal_year_start_month, v.time_zone, v.reporting_currency
				from vendor_programme v join organization o on o.id = v.vendor_id where v.vendor_id = ?""")
			.param(vendorId)
			.query((rs, n) -> new VendorProgramme(rs.getObject("vendor_id", UUID.class), rs.getString("name"),
					new FiscalCalendar(rs.getInt("fiscal_year_start_month")), ZoneId.of(rs.getString("time_zone")),
					rs.getString("reporting_currency"), List.copyOf(tiers)))
			.optional();
	}

	/**
	 * Refuses a quarter outside the programme's life: before the quarter its first partnership began
	 * in, or after the current one. Nothing is computed or stored for such a quarter (issue 12).
	 * @throws DomainRuleException for a quarter outside the programme's life
	 */
	@Transactional(readOnly = true)
	public Quarter requireWithinLife(VendorProgramme programme, Quarter quarter) {
		Quarter current = programme.calendar().quarterOf(LocalDate.now(clock.withZone(programme.timeZone())));
		if (quarter.compareTo(current) > 0) {
			throw DomainRuleException.rule("organizations.rule.quarterAhead", quarter, current);
		}
		LocalDate first = jdbc.sql("select min(since) from partnership where vendor_id = ?").param(programme.vendorId())
			.query(LocalDate.class).optional().orElse(null);
		Quarter firstQuarter = first == null || first.isAfter(LocalDate.now(clock.withZone(programme.timeZone()))) ? current
				: programme.calendar().quarterOf(first);
		if (quarter.compareTo(firstQuarter) < 0) {
			throw DomainRuleException.rule("organizations.rule.quarterBeforeProgramme", quarter, programme.vendorName(), firstQuarter);
		}
		return quarter;
	}

	/**
	 * Refuses a period whose given ends lie outside the programme's life; an end left out (and so
	 * chosen by default) is not refused.
	 * @throws DomainRuleException for a given end outside the programme's life
	 */
	public Period requireWithinLife(VendorProgramme programme, Period period, String from, String to) {
		if (from != null && !from.isBlank()) {
			requireWithinLife(programme, programme.calendar().quarterOf(period.from()));
		}
		if (to != null && !to.isBlank()) {
			requireWithinLife(programme, programme.calendar().quarterOf(period.to()));
		}
		return period;
	}

	/** Every vendor's programme, unscoped, by vendor name: for cross-vendor views that apply their own scope. */
	@Transactional(readOnly = true)
	public List<VendorProgramme> all() {
		return jdbc.sql("""
				select v.vendor_id from vendor_programme v join organization o on o.id = v.vendor_id order by lower(o.name)""")
			.query(UUID.class).list().stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}
}
