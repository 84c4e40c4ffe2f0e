package io.rapport.sales;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.Period;
import io.rapport.common.FiscalCalendar;
import io.rapport.common.Money;
import io.rapport.common.NotFoundException;
import io.rapport.common.Quarter;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.TierView;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/**
 * The vendor's transaction view: sales per partnership, KPIs, concentration and tiers against
 * revenue deciles. Periods made of whole fiscal quarters are answered from the quarterly
 * aggregates; other periods from the lines themselves.
 */
@Service
@Transactional(readOnly = true)
public class SalesAnalytics {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final SalesCubes cubes;

	private final Clock clock;

	SalesAnalytics(JdbcClient jdbc, PartnershipQueries partnerships, VendorProgrammes programmes, SalesCubes cubes,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.cubes = cubes;
	}

	/**
	 * The vendor's programme, when the caller works for that vendor.
	 * @throws NotFoundException otherwise
	 */
	public VendorProgramme programme(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
	}

	/** Every partnership active during the period with its sales, those that sold nothing included; top sellers first. */
	public List<PartnershipSales> byPartnership(UUID vendorId, Period period) {
		VendorProgramme programme = programme(vendorId);
		return population(programme, period).stream()
			.map(row -> row.view(programme.reportingCurrency()))
			.sorted(Comparator.comparing((PartnershipSales s) -> s.revenue().amount()).reversed()
				.thenComparing(PartnershipSales::partnerName))
			.toList();
	}

	/** The KPIs over every partnership active during the period. */
	public SalesKpis kpis(UUID vendorId, Period period, long minDeals, BigDecimal minRevenue) {
		if (minDeals < 0 || (minRevenue != null && minRevenue.signum() < 0)) {
			throw new IllegalArgumentException("Thresholds cannot be negative");
		}
		BigDecimal threshold = minRevenue == null ? BigDecimal.ZERO : minRevenue;
		VendorProgramme programme = programme(vendorId);
		String currency = programme.reportingCurrency();
		List<Row> rows = population(programme, period);
		SalesTotals all = sum(rows);
		long selling = rows.stream().filter(r -> r.totals.deals() > 0).count();
		long meeting = rows.stream()
			.filter(r -> r.totals.deals() >= minDeals && r.totals.revenue().compareTo(threshold) >= 0)
			.count();
		Map<Integer, List<Row>> byTier = new TreeMap<>(Comparator.reverseOrder());
		rows.forEach(r -> byTier.computeIfAbsent(r.entry.tierRank(), k -> new ArrayList<>()).add(r));
		List<SalesKpis.TierKpi> tiers = new ArrayList<>();
		highestFirst(programme).forEach(tier -> {
			List<Row> members = byTier.getOrDefault(tier.rank(), List.of());
			SalesTotals t = sum(members);
			tiers.add(new SalesKpis.TierKpi(tier.name(), tier.rank(), members.size(), money(t.revenue(), currency), t.deals(),
					money(divide(t.revenue(), t.deals()), currency), money(divide(t.revenue(), members.size()), currency),
					share(t.revenue(), all.revenue())));
		});
		List<SalesKpis.CategoryShare> mix = new ArrayList<>();
		for (SalesCategory category : SalesCategory.values()) {
			mix.add(new SalesKpis.CategoryShare(category, money(all.revenue(category), currency), all.deals(category),
					share(all.revenue(category), all.revenue())));
		}
		SalesKpis.Growth growth = new SalesKpis.Growth(compare(programme, period.previous(programme.calendar()), all),
				compare(programme, period.yearBefore(programme.calendar()), all));
		return new SalesKpis(period, currency, minDeals, threshold, rows.size(), selling, meeting,
				rows.isEmpty() ? 0 : round((double) meeting / rows.size()), money(all.revenue(), currency), all.deals(),
				money(divide(all.revenue(), all.deals()), currency), money(divide(all.revenue(), rows.size()), currency),
				tiers, mix, growth);
	}

	/** Gini, top-20% share, HHI and the Lorenz curve over every partnership active in the period. */
	public Concentration concentration(UUID vendorId, Period period) {
		VendorProgramme programme = programme(vendorId);
		return Concentration.of(population(programme, period).stream().map(r -> r.totals.revenue()).toList(),
				programme.reportingCurrency());
	}

	/** Revenue deciles against tiers, and the partnerships whose tier does not match what they sell. */
	public TierDeciles tiersByDecile(UUID vendorId, Period period) {
		VendorProgramme programme = programme(vendorId);
		List<Row> ranked = new ArrayList<>(population(programme, period));
		ranked.sort(Comparator.comparingLong((Row r) -> r.totals.cents()).reversed()
			.thenComparing(r -> r.entry.partnershipId()));
		List<String> tierNames = highestFirst(programme).stream().map(t -> t.name()).toList();
		Map<Integer, Map<String, Long>> counts = new TreeMap<>();
		for (int d = 1; d <= 10; d++) {
			Map<String, Long> perTier = new LinkedHashMap<>();
			tierNames.forEach(name -> perTier.put(name, 0L));
			counts.put(d, perTier);
		}
		int topRank = programme.topTier().rank();
		List<TierDeciles.Mismatch> mismatches = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Row row = ranked.get(i);
			int decile = i * 10 / ranked.size() + 1;
			counts.get(decile).merge(row.entry.tier(), 1L, Long::sum);
			String kind = row.entry.tierRank() == topRank && decile > 5 ? "TOP_TIER_SELLING_LITTLE"
					: row.entry.tierRank() == 1 && topRank > 1 && decile <= 2 ? "LOW_TIER_SELLING_MUCH" : null;
			if (kind != null) {
				mismatches.add(new TierDeciles.Mismatch(row.entry.partnershipId(), row.entry.partnerName(), row.entry.tier(),
						decile, money(row.totals.revenue(), programme.reportingCurrency()), kind));
			}
		}
		List<TierDeciles.DecileRow> table = counts.entrySet().stream()
			.map(e -> new TierDeciles.DecileRow(e.getKey(), e.getValue()))
			.toList();
		return new TierDeciles(period, tierNames, table, mismatches);
	}

	/** Revenue and deals per fiscal quarter of the period, per category too. */
	public List<QuarterSales> byQuarter(UUID vendorId, Period period) {
		VendorProgramme programme = programme(vendorId);
		return quarters(programme, period, "vendor_id = :scope", vendorId);
	}

	/**
	 * The period {@code from} and {@code to} name (dates or quarters; the last four quarters when
	 * both are left out), within the programme's life.
	 * @throws IllegalArgumentException when a value is neither a date nor a quarter
	 * @throws io.rapport.common.DomainRuleException when a given end lies outside the programme's life
	 */
	public Period period(VendorProgramme programme, String from, String to) {
		return programmes.requireWithinLife(programme,
				Period.parse(from, to, programme.calendar(), LocalDate.now(clock.withZone(programme.timeZone()))), from, to);
	}

	/** A partnership's sales per quarter, for the vendor or the partner of that partnership. */
	public List<QuarterSales> partnershipByQuarter(UUID partnershipId, String from, String to) {
		PartnershipView partnership = partnerships.get(partnershipId);
		VendorProgramme programme = programmes.find(partnership.vendor().id())
			.orElseThrow(() -> new NotFoundException("partnership", partnershipId));
		Period period = period(programme, from, to);
		return quarters(programme, period, "partnership_id = :scope", partnershipId);
	}

	/** A partnership's most recent sales lines in a period, newest first. */
	public List<SalesLineView> partnershipLines(UUID partnershipId, String from, String to, int limit) {
		PartnershipView partnership = partnerships.get(partnershipId);
		VendorProgramme programme = programmes.find(partnership.vendor().id())
			.orElseThrow(() -> new NotFoundException("partnership", partnershipId));
		Period period = period(programme, from, to);
		return jdbc.sql("""
				select external_id, closed_on, amount, currency, reporting_amount, category, description, end_customer,
				       deal_reference
				from sales_line where partnership_id = ? and closed_on between ? and ?
				order by closed_on desc, external_id limit ?""")
			.params(partnershipId, period.from(), period.to(), Math.min(Math.max(limit, 1), 500))
			.query((rs, n) -> new SalesLineView(rs.getString(1), rs.getObject(2, LocalDate.class),
					new Money(rs.getBigDecimal(3), rs.getString(4).trim()),
					new Money(rs.getBigDecimal(5), programme.reportingCurrency()), SalesCategory.valueOf(rs.getString(6)),
					rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	private List<QuarterSales> quarters(VendorProgramme programme, Period period, String scope, UUID scopeId) {
		String currency = programme.reportingCurrency();
		Map<String, EnumMap<SalesCategory, BigDecimal>> revenue = new TreeMap<>();
		Map<String, Long> deals = new HashMap<>();
		String sql = period.alignsWithQuarters(programme.calendar()) ? """
				select fiscal_year, fiscal_quarter, category, sum(revenue), sum(deals) from sales_quarter
				where %s and (fiscal_year, fiscal_quarter) between (:fy1, :fq1) and (:fy2, :fq2)
				group by 1, 2, 3""".formatted(scope) : """
				select fiscal_year, fiscal_quarter, category, sum(reporting_amount), count(*) from sales_line
				where %s and closed_on between :from and :to group by 1, 2, 3""".formatted(scope);
		bindPeriod(jdbc.sql(sql), programme.calendar(), period).param("scope", scopeId).query(rs -> {
			String quarter = new Quarter(rs.getInt(1), rs.getInt(2)).toString();
			revenue.computeIfAbsent(quarter, q -> zeroes()).merge(SalesCategory.valueOf(rs.getString(3)), rs.getBigDecimal(4),
					BigDecimal::add);
			deals.merge(quarter, rs.getLong(5), Long::sum);
		});
		// Every quarter of the period appears, quiet ones with zero.
		for (Quarter q = programme.calendar().quarterOf(period.from()); !q.startIn(programme.calendar()).isAfter(period.to());
				q = q.next()) {
			revenue.computeIfAbsent(q.toString(), k -> zeroes());
		}
		List<QuarterSales> result = new ArrayList<>();
		revenue.forEach((quarter, byCategory) -> {
			Map<SalesCategory, Money> amounts = new EnumMap<>(SalesCategory.class);
			byCategory.forEach((category, amount) -> amounts.put(category, money(amount, currency)));
			BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			result.add(new QuarterSales(quarter, money(total, currency), deals.getOrDefault(quarter, 0L), amounts));
		});
		return result;
	}

	/** Every partnership active during the period (or with sales in it), with its totals. */
	private List<Row> population(VendorProgramme programme, Period period) {
		Map<UUID, SalesTotals> totals = totals(programme, period);
		List<Row> rows = new ArrayList<>();
		for (PartnershipEntry entry : partnerships.register(programme.vendorId())) {
			SalesTotals t = totals.get(entry.partnershipId());
			if (t != null || entry.activeDuring(period.from(), period.to())) {
				rows.add(new Row(entry, t == null ? new SalesTotals() : t));
			}
		}
		return rows;
	}

	private Map<UUID, SalesTotals> totals(VendorProgramme programme, Period period) {
		FiscalCalendar calendar = programme.calendar();
		if (period.alignsWithQuarters(calendar)) {
			return cubes.of(programme.vendorId()).totals(calendar.quarterOf(period.from()), calendar.quarterOf(period.to()));
		}
		Map<UUID, SalesTotals> totals = new HashMap<>();
		jdbc.sql("""
				select partnership_id, category, sum(reporting_amount), count(*) from sales_line
				where vendor_id = ? and closed_on between ? and ? group by partnership_id, category""")
			.params(programme.vendorId(), period.from(), period.to())
			.query(rs -> {
				totals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new SalesTotals())
					.add(SalesCategory.valueOf(rs.getString(2)).ordinal(), SalesTotals.cents(rs.getBigDecimal(3)), rs.getLong(4));
			});
		return totals;
	}

	/** The vendor's totals in a comparison period: one aggregate, no per-partnership rows needed. */
	private SalesKpis.Comparison compare(VendorProgramme programme, Period base, SalesTotals current) {
		SalesTotals before = new SalesTotals();
		totals(programme, base).values().forEach(before::add);
		return new SalesKpis.Comparison(base, money(before.revenue(), programme.reportingCurrency()), before.deals(),
				change(current.revenue(), before.revenue()),
				change(BigDecimal.valueOf(current.deals()), BigDecimal.valueOf(before.deals())));
	}

	private static SalesTotals sum(List<Row> rows) {
		SalesTotals sum = new SalesTotals();
		rows.forEach(row -> sum.add(row.totals));
		return sum;
	}

	private static JdbcClient.StatementSpec bindPeriod(JdbcClient.StatementSpec statement, FiscalCalendar calendar,
			Period period) {
		Quarter first = calendar.quarterOf(period.from());
		Quarter last = calendar.quarterOf(period.to());
		return statement.param("from", period.from()).param("to", period.to())
			.param("fy1", first.fiscalYear()).param("fq1", first.number())
			.param("fy2", last.fiscalYear()).param("fq2", last.number());
	}

	private static List<TierView> highestFirst(VendorProgramme programme) {
		List<TierView> tiers = new ArrayList<>(programme.tiers());
		Collections.reverse(tiers);
		return tiers;
	}

	private static EnumMap<SalesCategory, BigDecimal> zeroes() {
		EnumMap<SalesCategory, BigDecimal> map = new EnumMap<>(SalesCategory.class);
		for (SalesCategory category : SalesCategory.values()) {
			map.put(category, BigDecimal.ZERO);
		}
		return map;
	}

	private static Double change(BigDecimal now, BigDecimal before) {
		return before.signum() == 0 ? null : round(now.subtract(before).divide(before, PRECISION).doubleValue());
	}

	private static BigDecimal divide(BigDecimal amount, long count) {
		return count == 0 ? BigDecimal.ZERO : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
	}

	private static double share(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? 0 : round(part.divide(whole, PRECISION).doubleValue());
	}

	private static Money money(BigDecimal amount, String currency) {
		return new Money(amount, currency);
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000d) / 1_000_000d;
	}

	private record Row(PartnershipEntry entry, SalesTotals totals) {

		PartnershipSales view(String currency) {
			BigDecimal revenue = totals.revenue();
			BigDecimal wholeSolutions = totals.revenue(SalesCategory.SOLUTION).add(totals.revenue(SalesCategory.SERVICE));
			return new PartnershipSales(entry.partnershipId(), entry.partnerName(), entry.tier(), entry.tierRank(),
					money(revenue, currency), totals.deals(), money(divide(revenue, totals.deals()), currency),
					share(wholeSolutions, revenue));
		}
	}
}
