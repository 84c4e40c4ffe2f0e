package io.rapport.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.tenancy.ScopeFilter;
import io.rapport.common.web.export.TableExports;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;

/**
 * Reads partnerships within the caller's scope. Other modules use {@link #visible(UUID)} to check
 * that a partnership id is the caller's to see before they show their own data about it.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipQueries {

	/**
	 * The domains that name a partner within one partnership (issue 12): those its administrator
	 * verified, and those the partnership's own vendor typed and still waits to have confirmed.
	 * Another vendor's unverified claim never routes this vendor's calendar.
	 */
	private static final String DOMAIN_ROUTES = "(d.status = 'VERIFIED' or d.added_by_vendor_id = p.vendor_id)";

	private static final String SELECT = """
			select p.id, p.vendor_id, v.name as vendor_name, p.partner_id, o.name as partner_name, o.tax_id, o.city,
			       coalesce((select array_agg(d.domain order by d.domain) from organization_domain d
			                 where d.organization_id = o.id and %s), '{}') as domains,
			       t.name as tier, t.rank as tier_rank, p.since, p.status, p.ended_on,
			       p.channel_manager_id, p.executive_sponsor_id
			""".formatted(DOMAIN_ROUTES);

	private static final String FROM = """
			from partnership p
			join organization v on v.id = p.vendor_id
			join organization o on o.id = p.partner_id
			join tier t on t.id = p.tier_id
			""";

	/** More programmes than one installation serves; a bound only against unbounded growth. */
	private static final int MAX_KEPT_REGISTERS = 256;

	private final JdbcClient jdbc;

	private final ChannelPeople people;

	private final Map<UUID, Register> registers = new ConcurrentHashMap<>();

	/** Looked up when a list shows them: the engagement module that gives them reads partnerships too. */
	private final ObjectProvider<PartnershipFigures> figures;

	PartnershipQueries(JdbcClient jdbc, ChannelPeople people, ObjectProvider<PartnershipFigures> figures) {
		this.jdbc = jdbc;
		this.people = people;
		this.figures = figures;
	}

	/** One page of the partnerships the caller may see; a page past the end is empty. */
	public PageOf<PartnershipView> page(PartnershipCriteria criteria) {
		return page(criteria, /* lastPageWhenPast= */ false);
	}

	/**
	 * One page of the partnerships the caller may see.
	 * @param lastPageWhenPast whether a page past the end gives the last page (for pages: {@code page=999}
	 *     of 8 shows page 8) rather than an empty one (for the API)
	 */
	public PageOf<PartnershipView> page(PartnershipCriteria criteria, boolean lastPageWhenPast) {
		Caller caller = CurrentCaller.get();
		ScopeFilter scope = caller.partnershipFilter("p.vendor_id", "p.partner_id");
		StringBuilder where = new StringBuilder(" where ").append(scope.sql());
		Map<String, Object> params = new HashMap<>(scope.parameters());
		if (criteria.tier() != null) {
			where.append(" and lower(t.name) = lower(:tier)");
			params.put("tier", criteria.tier());
		}
		if (criteria.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", criteria.status().name());
		}
		if (criteria.channelManager() != null) {
			if (PartnershipCriteria.NO_CAM.equals(criteria.channelManager())) {
				where.append(" and p.channel_manager_id is null");
			}
			else {
				// An id that is no one's matches nothing, as a person who looks after no partnership would.
				where.append(" and p.channel_manager_id = :cam");
				params.put("cam", uuidOrNone(criteria.channelManager()));
			}
		}
		if (criteria.query() != null) {
			// rapport_fold ignores case and diacritics: "poznan" finds "Poznań", "LODZ" finds "Łódź".
			where.append(" and ").append("""
					(rapport_fold(o.name) like rapport_fold(:like) or rapport_fold(v.name) like rapport_fold(:like)
					 or rapport_fold(o.city) like rapport_fold(:like) or o.tax_id = :digits
					 or exists (select 1 from organization_domain d where d.organization_id = p.partner_id
					            and d.domain ilike :like and """ + DOMAIN_ROUTES + " offset 0))");
			params.put("like", "%" + criteria.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.put("digits", criteria.query().replaceAll("[^0-9]", ""));
		}
		Sorting<PartnershipSort> sorting = criteria.sorting();
		// Join only what the filters and the sort look at: most lists need the partnership row alone.
		boolean tiers = criteria.tier() != null || sorting.key() == PartnershipSort.TIER;
		boolean vendors = criteria.query() != null || sorting.key() == PartnershipSort.VENDOR;
		String narrowFrom = " from partnership p" + (tiers ? " join tier t on t.id = p.tier_id" : "")
				+ (vendors ? " join organization v on v.id = p.vendor_id" : "")
				// Looked up partner by partner (offset 0 keeps it a lookup): hashing every organisation in
				// Rapport to filter one vendor's partners costs ten times more.
				+ (criteria.query() != null ? " cross join lateral (select o.name, o.city, o.tax_id from organization o"
						+ " where o.id = p.partner_id offset 0) o" : "") + " ";
		long total = jdbc.sql("select count(*) " + narrowFrom + where).params(params).query(Long.class).single();
		Paging paging = new Paging(criteria.page(), criteria.size());
		if (lastPageWhenPast) {
			paging = paging.within(total);
		}
		String order = " order by " + sorting.orderBy() + ", p.partner_sort_name, p.id";
		List<UUID> ids;
		if (sorting.key().outside()) {
			List<Ranked> all = jdbc.sql("select p.id, p.channel_manager_id, p.vendor_id " + narrowFrom + where + order)
				.params(params)
				.query((rs, n) -> new Ranked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
				.list();
			ids = inOutsideOrder(all, sorting, caller).stream()
				.skip(paging.offset()).limit(paging.size()).toList();
		}
		else {
			params.put("limit", paging.size());
			params.put("offset", paging.offset());
			// Pick the page's ids first, then read those rows whole: the per-row domain lists are then
			// built for one page, not for every partnership the sort has to look at.
			ids = jdbc.sql("select p.id " + narrowFrom + where + order + " limit :limit offset :offset")
				.params(params)
				.query(UUID.class)
				.list();
		}
		List<Row> rows = ids.isEmpty() ? List.of() : inOrder(ids, jdbc.sql(SELECT + FROM + " where p.id in (:ids)")
			.param("ids", ids)
			.query(PartnershipQueries::row)
			.list());
		return PageOf.of(withPeople(rows), paging.page(), paging.size(), total);
	}

	/** Every matching partnership, for an export: the list's filters and order, all pages. */
	public List<PartnershipView> all(PartnershipCriteria criteria) {
		PageOf<PartnershipView> first = page(criteria.atPage(0));
		long total = first.page().totalElements();
		TableExports.checkSize(total);
		List<PartnershipView> all = new ArrayList<>(first.content());
		for (int number = 1; (long) number * criteria.size() < total; number++) {
			all.addAll(page(criteria.atPage(number)).content());
		}
		return all;
	}

	/** The figures of the vendor's partnerships, for its own people; none for anyone else. */
	public Map<UUID, PartnershipFigures.Figures> figures(UUID vendorId) {
		PartnershipFigures source = figures.getIfAvailable();
		return source == null || !CurrentCaller.get().worksFor(vendorId) ? Map.of() : source.ofVendor(vendorId);
	}

	private List<UUID> inOutsideOrder(List<Ranked> all, Sorting<PartnershipSort> sorting, Caller caller) {
		Comparator<Ranked> order;
		if (sorting.key() == PartnershipSort.CAM) {
			Set<UUID> cams = new LinkedHashSet<>();
			all.forEach(r -> Optional.ofNullable(r.channelManagerId()).ifPresent(cams::add));
			Map<UUID, Person> named = cams.isEmpty() ? Map.of() : people.find(cams);
			order = nullsLast(r -> r.channelManagerId() == null || !named.containsKey(r.channelManagerId()) ? null
					: named.get(r.channelManagerId()).name().toLowerCase(Locale.ROOT), sorting.ascending());
		}
		else {
			Map<UUID, PartnershipFigures.Figures> known = caller.isVendorUser() ? figures(caller.organizationId()) : Map.of();
			Function<Ranked, Comparable<?>> value = switch (sorting.key()) {
				case PEI -> r -> known.containsKey(r.id()) ? known.get(r.id()).pei() : null;
				case VEI -> r -> known.containsKey(r.id()) ? known.get(r.id()).vei() : null;
				default -> r -> known.containsKey(r.id()) && known.get(r.id()).trailingRevenue() != null
						? known.get(r.id()).trailingRevenue().amount() : null;
			};
			order = nullsLast(value, sorting.ascending());
		}
		// A stable sort keeps the partner order the ids were read in among equals.
		return all.stream().sorted(order).map(Ranked::id).toList();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Ranked> nullsLast(Function<Ranked, ? extends Comparable<?>> value,
			boolean ascending) {
		Comparator<Comparable> natural = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
		return Comparator.comparing(r -> (Comparable) value.apply(r), Comparator.nullsLast(natural));
	}

	private static UUID uuidOrNone(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	private record Ranked(UUID id, UUID channelManagerId, UUID vendorId) {
	}

	/**
	 * A partnership the caller may see.
	 * @throws NotFoundException when it does not exist or lies outside the caller's scope
	 */
	public PartnershipView get(UUID id) {
		return visible(id).orElseThrow(() -> new NotFoundException("partnership", id));
	}

	/** A partnership if the caller may see it. */
	public Optional<PartnershipView> visible(UUID id) {
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("p.vendor_id", "p.partner_id");
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("id", id);
		return jdbc.sql(SELECT + FROM + " where p.id = :id and " + scope.sql())
			.params(params)
			.query(PartnershipQueries::row)
			.optional()
			.map(row -> withPeople(List.of(row)).get(0));
	}

	/**
	 * A partnership's tier changes, newest first; for the vendor's people only (empty for anyone else).
	 * @throws NotFoundException when the partnership is not the caller's to see
	 */
	public List<TierChange> tierHistory(UUID partnershipId) {
		PartnershipView partnership = get(partnershipId);
		if (!CurrentCaller.get().worksFor(partnership.vendor().id())) {
			// The reasons are the vendor's own notes on its partner.
			return List.of();
		}
		record Change(UUID id, String from, String to, String reason, java.time.Instant at, UUID by) {
		}
		List<Change> changes = jdbc.sql("""
				select c.id, f.name, t.name, c.reason, c.changed_at, c.changed_by
				from partnership_tier_change c
				join tier f on f.id = c.from_tier_id and f.vendor_id = c.vendor_id
				join tier t on t.id = c.to_tier_id and t.vendor_id = c.vendor_id
				where c.vendor_id = ? and c.partnership_id = ? order by c.changed_at desc, c.id""")
			.params(partnership.vendor().id(), partnershipId)
			.query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class)))
			.list();
		Set<UUID> by = new LinkedHashSet<>();
		changes.forEach(c -> Optional.ofNullable(c.by()).ifPresent(by::add));
		Map<UUID, Person> found = by.isEmpty() ? Map.of() : people.find(by);
		return changes.stream()
			.map(c -> new TierChange(c.id(), c.from(), c.to(), c.reason(), c.at(), c.by() == null ? null : found.get(c.by())))
			.toList();
	}

	/** The partnerships the caller may see that the organisation is part of, as vendor or partner. */
	public List<PartnershipView> ofOrganization(UUID organizationId) {
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("p.vendor_id", "p.partner_id");
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("organization", organizationId);
		return withPeople(jdbc.sql(SELECT + FROM + " where (p.vendor_id = :organization or p.partner_id = :organization) and "
				+ scope.sql() + " order by lower(v.name), lower(o.name), p.since desc")
			.params(params).query(PartnershipQueries::row).list());
	}

	/** Names of the tiers of the partnerships the caller may see, lowest first, for filters. */
	public List<String> tierNames() {
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("p.vendor_id", "p.partner_id");
		return jdbc.sql("select t.name from partnership p join tier t on t.id = p.tier_id where " + scope.sql()
				+ " group by t.name order by min(t.rank), t.name")
			.params(scope.parameters()).query(String.class).list();
	}

	/** The vendor's programme at a glance: partnerships by tier and by channel account manager. */
	public ProgrammeOverview overview(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		List<ProgrammeOverview.TierCount> byTier = jdbc.sql("""
				select t.name, t.rank, count(p.id) filter (where p.status = 'ACTIVE') as active
				from tier t left join partnership p on p.tier_id = t.id
				where t.vendor_id = ? group by t.id, t.name, t.rank order by t.rank desc""")
			.param(vendorId)
			.query((rs, n) -> new ProgrammeOverview.TierCount(rs.getString(1), rs.getInt(2), rs.getLong(3)))
			.list();
		Map<UUID, Long> byManager = new HashMap<>();
		long[] unassigned = { 0 };
		jdbc.sql("""
				select channel_manager_id, count(*) from partnership
				where vendor_id = ? and status = 'ACTIVE' group by channel_manager_id""")
			.param(vendorId)
			.query(rs -> {
				UUID manager = rs.getObject(1, UUID.class);
				if (manager == null) {
					unassigned[0] = rs.getLong(2);
				}
				else {
					byManager.put(manager, rs.getLong(2));
				}
			});
		Map<UUID, Person> managers = people.find(byManager.keySet());
		List<ProgrammeOverview.ManagerCount> cams = byManager.entrySet().stream()
			.filter(e -> managers.containsKey(e.getKey()))
			.map(e -> new ProgrammeOverview.ManagerCount(managers.get(e.getKey()), e.getValue()))
			.sorted((a, b) -> Long.compare(b.partnerships(), a.partnerships()) != 0
					? Long.compare(b.partnerships(), a.partnerships()) : a.manager().name().compareTo(b.manager().name()))
			.toList();
		long ended = jdbc.sql("select count(*) from partnership where vendor_id = ? and status = 'ENDED'")
			.param(vendorId).query(Long.class).single();
		long active = byTier.stream().mapToLong(ProgrammeOverview.TierCount::partnerships).sum();
		long multiVendor = jdbc.sql("""
				select count(*) from partnership p where p.vendor_id = ? and p.status = 'ACTIVE'
				and exists (select 1 from partnership q where q.partner_id = p.partner_id and q.vendor_id <> p.vendor_id
				            and q.status = 'ACTIVE')""")
			.param(vendorId).query(Long.class).single();
		return new ProgrammeOverview(vendorId, active, ended, multiVendor, unassigned[0], byTier, cams);
	}

	/**
	 * Every partnership of a vendor, ended ones included, by partner name. Unscoped: the calling
	 * module has checked that the caller works for this vendor. Kept in memory per programme
	 * revision (see the {@code programme_revision} migration), so whole-programme analytics pay one
	 * indexed lookup instead of a join over thousands of rows.
	 */
	public List<PartnershipEntry> register(UUID vendorId) {
		// The revision is read before the rows: a change committed in between makes the copy kept
		// here look older than it is, never newer, so the next call reads again.
		long revision = jdbc.sql("select coalesce((select revision from programme_revision where vendor_id = ?), 0)")
			.param(vendorId).query(Long.class).single();
		Register kept = registers.get(vendorId);
		if (kept != null && kept.revision() == revision) {
			return kept.entries();
		}
		List<PartnershipEntry> entries = List.copyOf(jdbc.sql("""
				select p.id, p.partner_id, o.name, o.tax_id, t.name as tier, t.rank, p.since, p.ended_on, p.status,
				       p.channel_manager_id
				from partnership p join organization o on o.id = p.partner_id join tier t on t.id = p.tier_id
				where p.vendor_id = ? order by p.partner_sort_name, p.since""")
			.param(vendorId)
			.query((rs, n) -> new PartnershipEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), PartnershipStatus.valueOf(rs.getString(9)), rs.getObject(10, UUID.class)))
			.list());
		if (registers.size() >= MAX_KEPT_REGISTERS) {
			registers.clear();
		}
		registers.put(vendorId, new Register(revision, entries));
		return entries;
	}

	/**
	 * The partnerships the vendor's partners hold with other vendors, ended ones included: partner id
	 * to those partnerships' ids and vendors. For measuring what share of a partner's activity goes to
	 * the vendor; callers must never show another vendor's figures. Unscoped, like {@link #register}.
	 */
	public Map<UUID, List<OtherPartnership>> otherPartnerships(UUID vendorId) {
		Map<UUID, List<OtherPartnership>> others = new HashMap<>();
		jdbc.sql("""
				select o.partner_id, o.id, o.vendor_id from partnership o
				where o.vendor_id <> :vendor and o.partner_id in (select partner_id from partnership where vendor_id = :vendor)""")
			.param("vendor", vendorId)
			.query(rs -> {
				others.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new OtherPartnership(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
			});
		return others;
	}

	/** A partnership of the same partner with another vendor. */
	public record OtherPartnership(UUID partnershipId, UUID vendorId) {
	}

	/**
	 * The e-mail domains of the vendor's partners (lower case), each with the partner's id: how a
	 * calendar entry's attendees name the partners at a meeting: verified domains, and the vendor's
	 * own claims not yet confirmed (issue 12). Unscoped, like {@link #register}.
	 */
	public Map<String, UUID> partnerDomains(UUID vendorId) {
		Map<String, UUID> domains = new HashMap<>();
		jdbc.sql("""
				select distinct lower(d.domain), p.partner_id from partnership p
				join organization_domain d on d.organization_id = p.partner_id
				where p.vendor_id = ? and """ + DOMAIN_ROUTES)
			.param(vendorId)
			.query(rs -> {
				domains.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return domains;
	}

	private record Register(long revision, List<PartnershipEntry> entries) {
	}

	private static List<Row> inOrder(List<UUID> ids, List<Row> rows) {
		Map<UUID, Row> byId = new HashMap<>();
		rows.forEach(row -> byId.put(row.id(), row));
		return ids.stream().map(byId::get).toList();
	}

	private List<PartnershipView> withPeople(List<Row> rows) {
		Set<UUID> ids = new LinkedHashSet<>();
		rows.forEach(r -> Stream.of(r.channelManagerId, r.executiveSponsorId).filter(Objects::nonNull).forEach(ids::add));
		Map<UUID, Person> found = ids.isEmpty() ? Map.of() : people.find(ids);
		List<PartnershipView> views = new ArrayList<>(rows.size());
		for (Row r : rows) {
			views.add(new PartnershipView(r.id, r.vendor, r.partner, r.tier, r.tierRank, r.since, r.status, r.endedOn,
					r.channelManagerId == null ? null : found.get(r.channelManagerId),
					r.executiveSponsorId == null ? null : found.get(r.executiveSponsorId)));
		}
		return views;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class),
				new PartnershipView.VendorRef(rs.getObject("vendor_id", UUID.class), rs.getString("vendor_name")),
				new PartnershipView.PartnerRef(rs.getObject("partner_id", UUID.class), rs.getString("partner_name"),
						rs.getString("tax_id"), rs.getString("city"), OrganizationDirectory.strings(rs.getArray("domains"))),
				rs.getString("tier"), rs.getInt("tier_rank"), rs.getObject("since", LocalDate.class),
				PartnershipStatus.valueOf(rs.getString("status")), rs.getObject("ended_on", LocalDate.class),
				rs.getObject("channel_manager_id", UUID.class), rs.getObject("executive_sponsor_id", UUID.class));
	}

	private record Row(UUID id, PartnershipView.VendorRef vendor, PartnershipView.PartnerRef partner, String tier,
			int tierRank, LocalDate since, PartnershipStatus status, LocalDate endedOn, UUID channelManagerId,
			UUID executiveSponsorId) {
	}
}
