package io.rapport.engagement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.rapport.common.Money;
import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.Quarter;
import io.rapport.common.ValueRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.engagement.scoring.SpearmanCorrelation;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import static io.rapport.engagement.SnapshotRows.round;

/**
 * Reads engagement snapshots within the caller's scope, computing a quarter the first time it is
 * asked for. Without a quarter, the vendor's current fiscal quarter (its window holds the last
 * four quarters of data).
 */
@Service
public class EngagementQueries {

	/** Quarters of history a partnership's page shows: two years. */
	static final int HISTORY_QUARTERS = 8;

	/** The most rows one page of the list holds. */
	public static final int MAX_PAGE_SIZE = 500;

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final ObjectMapper json;

	private final SnapshotRows snapshots;

	/** The quadrant of each vendor's quarter, kept as long as the rows it was drawn from. */
	private final Map<UUID, Drawn> quadrants = new ConcurrentHashMap<>();

	private final EngagementRefresh refresh;

	private final List<IndicatorContributor> contributors;

	private final Clock clock;

	EngagementQueries(JdbcClient jdbc, PartnershipQueries partnerships, VendorProgrammes programmes, ObjectMapper json,
			SnapshotRows snapshots, EngagementRefresh refresh, List<IndicatorContributor> contributors, Clock clock) {
		this.contributors = contributors;
		this.clock = clock;
		this.refresh = refresh;
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.json = json;
	}

	/** A partnership's engagement, for the vendor's people and the partner. */
	public PartnershipEngagement ofPartnership(UUID partnershipId, String quarter) {
		PartnershipView partnership = partnerships.get(partnershipId);
		VendorProgramme programme = programme(partnership.vendor().id());
		Quarter q = quarter(programme, quarter);
		ensure(programme, q);
		return snapshots.read(programme, q, "and s.partnership_id = :partnership", Map.of("partnership", partnershipId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("engagement of partnership", partnershipId));
	}

	/** A partnership's PEI and VEI in each quarter of the last two years, oldest first. */
	public List<PartnershipEngagement> history(UUID partnershipId) {
		PartnershipView partnership = partnerships.get(partnershipId);
		VendorProgramme programme = programme(partnership.vendor().id());
		Quarter last = quarter(programme, null);
		Quarter first = last;
		for (int i = 1; i < HISTORY_QUARTERS; i++) {
			first = first.previous();
		}
		// One look for the quarters computed already; the rest are computed now, oldest first.
		java.util.Set<Quarter> stored = new java.util.HashSet<>(jdbc.sql("""
				select fiscal_year, fiscal_quarter from engagement_channel_snapshot
				where vendor_id = ? and fiscal_year * 4 + fiscal_quarter between ? and ?""")
			.params(programme.vendorId(), first.fiscalYear() * 4 + first.number(), last.fiscalYear() * 4 + last.number())
			.query((rs, n) -> new Quarter(rs.getInt(1), rs.getInt(2))).list());
		for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
			if (!stored.contains(q)) {
				refresh.computeOnDemand(programme, q);
			}
		}
		return snapshots.ofPartnership(programme, partnershipId, first, last);
	}

	/**
	 * The caller's vendor's last quarters up to the running one, oldest first: channel VEI and the
	 * spread of PEI and VEI; a quarter without partnerships (before the programme began) is left out.
	 */
	public List<EngagementTrend> trend(UUID vendorId, int quarters) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programme(vendorId);
		Quarter last = quarter(programme, null);
		Quarter first = last;
		for (int i = 1; i < quarters; i++) {
			first = first.previous();
		}
		List<EngagementTrend> trend = new ArrayList<>();
		for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
			ensure(programme, q);
			List<PartnershipEngagement> rows = snapshots.all(programme, q);
			if (rows.isEmpty()) {
				continue;
			}
			ChannelEngagement channel = channelUnscoped(programme, q);
			trend.add(new EngagementTrend(q.toString(), channel.vei().score(),
					EngagementTrend.Spread.of(rows.stream().map(r -> r.pei().score()).toList()),
					EngagementTrend.Spread.of(rows.stream().map(r -> r.vei().score()).toList()), rows.size()));
		}
		return trend;
	}

	/** Every partnership of the caller's vendor in a quarter, by PEI or VEI, highest first. */
	public List<PartnershipEngagement> ofVendor(UUID vendorId, String quarter, String sort) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		Comparator<PartnershipEngagement> order = order(sort);
		VendorProgramme programme = programme(vendorId);
		Quarter q = quarter(programme, quarter);
		ensure(programme, q);
		List<PartnershipEngagement> rows = new ArrayList<>(snapshots.all(programme, q));
		rows.sort(order);
		return rows;
	}

	/**
	 * One page of the caller's vendor's partnerships in a quarter, by PEI or VEI, highest first,
	 * optionally only those whose vendor communication is REGULAR or SPORADIC.
	 */
	public PageOf<PartnershipEngagement> page(UUID vendorId, String quarter, String sort, String communication, int page,
			int size) {
		if (page < 0) {
			throw new ValueRefusedException("list.page.negative", page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ValueRefusedException("list.size.range", MAX_PAGE_SIZE, size);
		}
		String only = communication == null || communication.isBlank() ? null : communication.trim().toUpperCase(Locale.ROOT);
		if (only != null && !only.equals("REGULAR") && !only.equals("SPORADIC")) {
			throw new ValueRefusedException("value.oneOf", "communication", communication, "REGULAR, SPORADIC");
		}
		List<PartnershipEngagement> rows = ofVendor(vendorId, quarter, sort);
		if (only != null) {
			rows = rows.stream().filter(r -> only.equals(r.communication())).toList();
		}
		int from = (int) Math.min((long) page * size, rows.size());
		return PageOf.of(List.copyOf(rows.subList(from, Math.min(from + size, rows.size()))), page, size, rows.size());
	}

	private static Comparator<PartnershipEngagement> order(String sort) {
		Comparator<PartnershipEngagement> order = switch (sort == null ? "pei" : sort.toLowerCase(Locale.ROOT)) {
			case "pei" -> Comparator.comparingDouble((PartnershipEngagement e) -> e.pei().score()).reversed();
			case "vei" -> Comparator.comparingDouble((PartnershipEngagement e) -> e.vei().score()).reversed();
			default -> throw new ValueRefusedException("value.oneOf", "sort", sort, "pei, vei");
		};
		return order.thenComparing(PartnershipEngagement::partnerName, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	/** The vendor's channel-wide VEI and cadence for a quarter. */
	public ChannelEngagement channel(UUID vendorId, String quarter) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programme(vendorId);
		return channelUnscoped(programme, quarter(programme, quarter));
	}

	/** The channel-wide VEI of every vendor, for the analyst's comparison; the vendor's own for its people. */
	public List<ChannelEngagement> channels() {
		Caller caller = CurrentCaller.get();
		List<ChannelEngagement> result = new ArrayList<>();
		for (VendorProgramme programme : programmes.all()) {
			if (caller.isAnalyst() || caller.worksFor(programme.vendorId())) {
				result.add(channelUnscoped(programme, quarter(programme, null)));
			}
		}
		result.sort(Comparator.comparingDouble((ChannelEngagement c) -> c.vei().score()).reversed());
		return result;
	}

	/** The partner's view: the VEI of each of its vendors toward it, with what lies behind it. */
	public List<PartnershipEngagement> ofMyVendors() {
		Caller caller = CurrentCaller.get();
		if (!caller.isPartnerUser()) {
			return List.of();
		}
		List<PartnershipEngagement> result = new ArrayList<>();
		for (PartnershipView partnership : partnerships.ofOrganization(caller.organizationId())) {
			result.add(ofPartnership(partnership.id(), null));
		}
		result.sort(Comparator.comparingDouble((PartnershipEngagement e) -> e.vei().score()).reversed());
		return result;
	}

	/** Revenue against engagement beyond selling, in four quadrants split at the medians. */
	public Quadrant quadrant(UUID vendorId, String quarter) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programme(vendorId);
		Quarter q = quarter(programme, quarter);
		ensure(programme, q);
		List<PartnershipEngagement> rows = snapshots.all(programme, q);
		Drawn drawn = quadrants.get(vendorId);
		if (drawn != null && drawn.rows() == rows) {
			return drawn.quadrant();
		}
		Quadrant quadrant = draw(programme, q, rows);
		quadrants.put(vendorId, new Drawn(rows, quadrant));
		return quadrant;
	}

	private Quadrant draw(VendorProgramme programme, Quarter q, List<PartnershipEngagement> rows) {
		Map<UUID, PartnershipEntry> register = partnerships.register(programme.vendorId()).stream()
			.collect(Collectors.toMap(PartnershipEntry::partnershipId, Function.identity()));
		List<BigDecimal> revenues = rows.stream().map(EngagementQueries::revenue).sorted().toList();
		double[] engagement = rows.stream().mapToDouble(PartnershipEngagement::engagementScore).sorted().toArray();
		BigDecimal revenueMedian = revenues.isEmpty() ? BigDecimal.ZERO : median(revenues);
		double engagementMedian = engagement.length == 0 ? 0
				: (engagement[(engagement.length - 1) / 2] + engagement[engagement.length / 2]) / 2;
		Map<String, Long> counts = new LinkedHashMap<>();
		List.of(Quadrant.CHAMPION, Quadrant.TRANSACTIONAL, Quadrant.RISING, Quadrant.DORMANT).forEach(k -> counts.put(k, 0L));
		List<Quadrant.Point> points = new ArrayList<>();
		double[] tiers = new double[rows.size()];
		double[] scores = new double[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			PartnershipEngagement row = rows.get(i);
			BigDecimal revenue = revenue(row);
			boolean sells = revenue.compareTo(revenueMedian) > 0;
			boolean engages = row.engagementScore() > engagementMedian;
			String name = sells ? (engages ? Quadrant.CHAMPION : Quadrant.TRANSACTIONAL)
					: (engages ? Quadrant.RISING : Quadrant.DORMANT);
			counts.merge(name, 1L, Long::sum);
			int tierRank = register.get(row.partnershipId()).tierRank();
			tiers[i] = tierRank;
			scores[i] = row.engagementScore();
			points.add(new Quadrant.Point(row.partnershipId(), row.partnerName(), row.tier(), tierRank,
					new Money(revenue, programme.reportingCurrency()), round(row.engagementScore()), name));
		}
		double rho = SpearmanCorrelation.of(tiers, scores);
		return new Quadrant(q.toString(), programme.reportingCurrency(), new Money(revenueMedian, programme.reportingCurrency()),
				round(engagementMedian), counts, Double.isNaN(rho) ? null : round(rho), points);
	}

	Quarter quarter(VendorProgramme programme, String quarter) {
		if (quarter == null || quarter.isBlank()) {
			return programme.calendar().quarterOf(LocalDate.now(programme.timeZone()));
		}
		return programmes.requireWithinLife(programme, Quarter.parse(quarter));
	}

	private ChannelEngagement channelUnscoped(VendorProgramme programme, Quarter q) {
		ensure(programme, q);
		return jdbc.sql("""
				select weights_version, score, coverage, detail from engagement_channel_snapshot
				where vendor_id = ? and fiscal_year = ? and fiscal_quarter = ?""")
			.params(programme.vendorId(), q.fiscalYear(), q.number())
			.query((rs, n) -> {
				Map<String, Object> detail = json.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() {
				});
				List<IndicatorView> indicators = json.convertValue(detail.get("vei"), new TypeReference<List<IndicatorView>>() {
				});
				List<CadenceResult> cadence = json.convertValue(detail.get("cadence"), new TypeReference<List<CadenceResult>>() {
				});
				return new ChannelEngagement(q.toString(), programme.vendorId(), programme.vendorName(),
						new IndexView(round(rs.getDouble("score")), round(rs.getDouble("coverage")), null, null, null, indicators),
						running(programme, q) ? liveCadence(programme, q) : cadence, rs.getInt("weights_version"));
			})
			.single();
	}

	/** Whether the quarter is still running, so its norms are checked as of today rather than as stored. */
	private boolean running(VendorProgramme programme, Quarter q) {
		return q.equals(programme.calendar().quarterOf(LocalDate.now(clock.withZone(programme.timeZone()))));
	}

	/** The running quarter's norms as they stand today: on track or behind, not yet missed. */
	private List<CadenceResult> liveCadence(VendorProgramme programme, Quarter q) {
		List<CadenceResult> cadence = new ArrayList<>();
		contributors.forEach(c -> cadence.addAll(c.cadence(programme, q)));
		return cadence;
	}

	private void ensure(VendorProgramme programme, Quarter q) {
		boolean present = jdbc.sql("""
				select exists (select 1 from engagement_channel_snapshot where vendor_id = ? and fiscal_year = ? and fiscal_quarter = ?)""")
			.params(programme.vendorId(), q.fiscalYear(), q.number())
			.query(Boolean.class).single();
		if (!present) {
			refresh.computeOnDemand(programme, q);
		}
	}

	private VendorProgramme programme(UUID vendorId) {
		return programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
	}

	private static BigDecimal revenue(PartnershipEngagement row) {
		return Optional.ofNullable(row.facts().get("revenue")).map(BigDecimal::new).orElse(BigDecimal.ZERO);
	}

	private static BigDecimal median(List<BigDecimal> sorted) {
		BigDecimal low = sorted.get((sorted.size() - 1) / 2);
		BigDecimal high = sorted.get(sorted.size() / 2);
		return low.add(high).divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_EVEN);
	}


	private record Drawn(List<PartnershipEngagement> rows, Quadrant quadrant) {
	}
}
