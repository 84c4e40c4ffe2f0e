package io.rapport.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.Money;
import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.Period;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.Inputs;
import io.rapport.common.text.TextLimits;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.SortKey;
import io.rapport.common.web.lists.Sorting;
import io.rapport.organizations.ChannelPeople;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.Person;
import io.rapport.organizations.VendorProgramme;
import io.rapport.sales.SalesAnalytics;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The vendor's alerts: lists with filters, one alert with its history, and the steps people take —
 * acknowledge, resolve, dismiss with a reason. Only the vendor's people see them; the partner an
 * alert is about, and everyone else, get 404. The channel chief and the partnership's CAM act on
 * an alert; executives read.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

	/** The shortest reason a dismissal accepts: a word or two a colleague can understand later. */
	static final int REASON_MIN = 3;

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	private final ChannelPeople people;

	private final AlertReasons reasons;

	private final ObjectMapper json;

	private final Inputs inputs;

	private final SalesAnalytics sales;

	private final Clock clock;

	Alerts(JdbcClient jdbc, PartnershipQueries partnerships, ChannelPeople people, AlertReasons reasons, ObjectMapper json,
			Inputs inputs, SalesAnalytics sales, Clock clock) {
		this.inputs = inputs;
		this.sales = sales;
		this.clock = clock;
		this.jdbc = jdbc;
		this.partnerships = partnerships;
		this.people = people;
		this.reasons = reasons;
		this.json = json;
	}

	/**
	 * What to list.
	 *
	 * @param statuses empty for all
	 * @param severities empty for all
	 * @param ownerId null for everyone's
	 * @param partnershipId null for every partnership's
	 * @param partner part of the partner's name, case and Polish diacritics aside; null or blank for every partner
	 */
	public record Filter(Set<AlertStatus> statuses, Set<Severity> severities, UUID ownerId, UUID partnershipId, String partner) {

		public Filter {
			statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
			severities = severities == null ? Set.of() : Set.copyOf(severities);
			partner = partner == null || partner.isBlank() ? null : partner.strip();
		}

		public Filter(Set<AlertStatus> statuses, Set<Severity> severities, UUID ownerId, UUID partnershipId) {
			this(statuses, severities, ownerId, partnershipId, null);
		}

		public static Filter all() {
			return new Filter(Set.of(), Set.of(), null, null, null);
		}
	}

	/** The orders the alert list takes ({@code sort=raised,desc}); each a fixed SQL expression. */
	public enum Order implements SortKey {
		/** Live before closed, then the most severe: what needs attention first. */
		URGENCY("case a.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end * 10 "
				+ "+ case a.severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end"),
		/** Severity, and within it the weight of the signs. */
		SEVERITY("case a.severity when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end * 100 + a.weight"),
		RAISED("a.raised_on"),
		STATUS("case a.status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 when 'RESOLVED' then 2 else 3 end"),
		PARTNER("p.sort_name"),
		REVENUE("p.revenue"),
		P_ALIVE("a.p_alive");

		private final String expression;

		Order(String expression) {
			this.expression = expression;
		}

		String expression() {
			return expression;
		}
	}

	/** The vendor's alerts, the most severe and the newest first. */
	public List<AlertView> list(UUID vendorId, Filter filter) {
		return list(vendorId, filter, new Sorting<>(Order.URGENCY, true, false));
	}

	/** Every alert the filter lets through, in the order asked for: an export's rows. */
	public List<AlertView> list(UUID vendorId, Filter filter, Sorting<Order> sorting) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		Locale locale = LocaleContextHolder.getLocale();
		Context context = context(vendorId, true);
		return views(vendorId, query(vendorId, filter, sorting, context, null), locale, false, context);
	}

	/** One page of the alerts the filter lets through; a page past the end gives the last. */
	public PageOf<AlertView> page(UUID vendorId, Filter filter, Sorting<Order> sorting, Paging paging) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		Locale locale = LocaleContextHolder.getLocale();
		Context context = context(vendorId, true);
		Query where = where(vendorId, filter, context);
		long total = jdbc.sql("select count(*) from risk_alert a where " + where.sql()).params(where.params())
			.query(Long.class).single();
		Paging within = paging.within(total);
		List<Row> rows = query(vendorId, filter, sorting, context, within);
		return PageOf.of(views(vendorId, rows, locale, false, context), within.page(), within.size(), total);
	}

	/** The people who own any of the vendor's alerts, by name, for filtering by owner. */
	public Map<UUID, String> owners(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		List<UUID> ids = jdbc.sql("select distinct owner_id from risk_alert where vendor_id = ? and owner_id is not null")
			.param(vendorId).query(UUID.class).list();
		Map<UUID, String> owners = new LinkedHashMap<>();
		people.find(ids).values().stream().sorted(Comparator.comparing(Person::name))
			.forEach(person -> owners.put(person.id(), person.name()));
		return owners;
	}

	/** For the weekly digest: no caller, the vendor is known; it writes the reasons in each language itself. */
	List<AlertView> live(UUID vendorId) {
		Context context = context(vendorId, false);
		Filter filter = new Filter(Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), Set.of(), null, null);
		return views(vendorId, query(vendorId, filter, new Sorting<>(Order.URGENCY, true, false), context, null), Locale.ENGLISH,
				false, context);
	}

	/** The register's names and tiers, with each partnership's trailing revenue when a person of the vendor asks. */
	private Context context(UUID vendorId, boolean withRevenue) {
		Map<UUID, PartnershipEntry> register = new HashMap<>();
		partnerships.register(vendorId).forEach(entry -> register.put(entry.partnershipId(), entry));
		Map<UUID, Money> revenue = new HashMap<>();
		if (withRevenue) {
			VendorProgramme programme = sales.programme(vendorId);
			LocalDate today = LocalDate.now(clock.withZone(programme.timeZone()));
			Period trailing = new Period(today.minusYears(1).plusDays(1), today);
			sales.byPartnership(vendorId, trailing).forEach(s -> revenue.put(s.partnershipId(), s.revenue()));
		}
		return new Context(register, revenue);
	}

	/**
	 * @param register every partnership of the vendor, ended ones included
	 * @param revenue each partnership's sales over the trailing twelve months; empty when not asked for
	 */
	private record Context(Map<UUID, PartnershipEntry> register, Map<UUID, Money> revenue) {

		/** The names and revenue as a JSON table the query joins, so the list sorts by them in the database. */
		String table(ObjectMapper json) {
			List<Map<String, Object>> rows = new ArrayList<>();
			register.values().forEach(entry -> {
				Map<String, Object> row = new HashMap<>();
				row.put("id", entry.partnershipId().toString());
				row.put("sort_name", fold(entry.partnerName()));
				Money money = revenue.get(entry.partnershipId());
				row.put("revenue", money == null ? null : money.amount());
				rows.add(row);
			});
			return json.writeValueAsString(rows);
		}
	}

	private record Query(String sql, Map<String, Object> params) {
	}

	private Query where(UUID vendorId, Filter filter, Context context) {
		StringBuilder sql = new StringBuilder("a.vendor_id = :vendor");
		Map<String, Object> params = new HashMap<>();
		params.put("vendor", vendorId);
		if (!filter.statuses().isEmpty()) {
			sql.append(" and a.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (!filter.severities().isEmpty()) {
			sql.append(" and a.severity in (:severities)");
			params.put("severities", filter.severities().stream().map(Enum::name).toList());
		}
		if (filter.ownerId() != null) {
			sql.append(" and a.owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.partnershipId() != null) {
			sql.append(" and a.partnership_id = :partnership");
			params.put("partnership", filter.partnershipId());
		}
		if (filter.partner() != null) {
			String needle = fold(filter.partner());
			List<UUID> matching = context.register().values().stream()
				.filter(entry -> entry.partnerName() != null && fold(entry.partnerName()).contains(needle))
				.map(PartnershipEntry::partnershipId).toList();
			if (matching.isEmpty()) {
				sql.append(" and false");
			}
			else {
				sql.append(" and a.partnership_id in (:matching)");
				params.put("matching", matching);
			}
		}
		return new Query(sql.toString(), params);
	}

	/** @param paging null for every row */
	private List<Row> query(UUID vendorId, Filter filter, Sorting<Order> sorting, Context context, Paging paging) {
		Query where = where(vendorId, filter, context);
		Map<String, Object> params = new HashMap<>(where.params());
		StringBuilder sql = new StringBuilder(COLUMNS).append("""
				from risk_alert a
				left join jsonb_to_recordset(cast(:register as jsonb)) as p(id uuid, sort_name text, revenue numeric)
				       on p.id = a.partnership_id
				where""").append(' ').append(where.sql()).append(" order by ").append(sorting.orderBy(sorting.key().expression()))
			.append(", a.raised_on desc, a.id");
		params.put("register", context.table(json));
		if (paging != null) {
			sql.append(" limit :limit offset :offset");
			params.put("limit", paging.size());
			params.put("offset", paging.offset());
		}
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
	}

	private static final String COLUMNS = """
			select a.id, a.vendor_id, a.partnership_id, a.owner_id, a.severity, a.status, a.raised_on, a.evaluated_on, a.signals,
			       a.p_alive, a.closed_at, a.closing_note, a.evidence_through, a.follows_alert_id,
			       (select b.id from risk_alert b where b.vendor_id = a.vendor_id and b.follows_alert_id = a.id) as followed_by
			""";

	/** A name as searches and orders compare it: lower case, without diacritics ("Poznań" finds "poznan"). */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** One alert with its history. */
	public AlertView get(UUID alertId) {
		Row row = own(alertId);
		return views(row.vendorId(), List.of(row), LocaleContextHolder.getLocale(), true, context(row.vendorId(), true)).get(0);
	}

	/** The owner or the chief has seen it and is on it. */
	@Transactional
	public AlertView acknowledge(UUID alertId, String note) {
		return step(alertId, AlertChange.ACKNOWLEDGED, AlertStatus.ACKNOWLEDGED, note, false);
	}

	/** The partner is back, or the risk was dealt with. */
	@Transactional
	public AlertView resolve(UUID alertId, String note) {
		return step(alertId, AlertChange.RESOLVED, AlertStatus.RESOLVED, note, false);
	}

	/** Not a risk after all, with the reason why. */
	@Transactional
	public AlertView dismiss(UUID alertId, String reason) {
		return step(alertId, AlertChange.DISMISSED, AlertStatus.DISMISSED, reason, true);
	}

	private AlertView step(UUID alertId, AlertChange change, AlertStatus next, String note, boolean reasonRequired) {
		Caller caller = CurrentCaller.get();
		// Locked until the commit: the weekly evaluation waits for this step, or this step for it and then
		// finds the alert as the evaluation left it.
		Row row = own(alertId, " for update");
		if (!mayAct(caller, row.ownerId())) {
			throw new AccessRefusedException("signals.refused.notOwner");
		}
		String text = note == null ? null : note.strip();
		if (text != null && text.isEmpty()) {
			text = null;
		}
		if (reasonRequired && (text == null || text.length() < REASON_MIN)) {
			throw DomainRuleException.rule("signals.rule.dismissReason", REASON_MIN);
		}
		inputs.text(reasonRequired ? "reason" : "note", text, TextLimits.NOTE, /* multiLine= */ true);
		if (!row.status().live() || (next == AlertStatus.ACKNOWLEDGED && row.status() == AlertStatus.ACKNOWLEDGED)) {
			throw new AlertStateException(row.status(), next);
		}
		boolean closes = !next.live();
		// A person's closing holds until there is new evidence: the signs it was made on are kept (AlertHold).
		jdbc.sql("""
				update risk_alert set status = ?, closed_at = case when ? then cast(? as timestamptz) end, closed_by = case when ? then ? end,
				       closing_note = case when ? then ? end, evidence_through = case when ? then evaluated_on end,
				       held_signs = case when ? then cast(? as jsonb) end
				where id = ? and vendor_id = ?""")
			.params(next.name(), closes, Timestamp.from(clock.instant()), closes, caller.userId(), closes, text, closes, closes,
					json.writeValueAsString(List.copyOf(AlertHold.keys(row.signals()))), alertId, row.vendorId())
			.update();
		AlertChange.record(jdbc, alertId, change, next, row.severity(), caller.userId(), text);
		return get(alertId);
	}

	/** Whether the caller may acknowledge, resolve or dismiss the alert: the channel chief, or the CAM who owns it. */
	public boolean mayActOn(AlertView alert) {
		return mayAct(CurrentCaller.get(), alert.owner() == null ? null : alert.owner().id());
	}

	private static boolean mayAct(Caller caller, UUID ownerId) {
		return caller.may(Capability.RUN_PROGRAMME)
				|| (caller.may(Capability.WORK_WITH_PARTNERS) && caller.userId().equals(ownerId));
	}

	/** The alert, if the caller works for its vendor; 404 for everyone else, the partner included. */
	private Row own(UUID alertId) {
		return own(alertId, "");
	}

	private Row own(UUID alertId, String locking) {
		Caller caller = CurrentCaller.get();
		Row row = jdbc.sql(COLUMNS + "from risk_alert a where a.id = ?" + locking)
			.param(alertId).query((rs, n) -> row(rs)).optional()
			.orElseThrow(() -> new NotFoundException("alert", alertId));
		if (!caller.worksFor(row.vendorId())) {
			throw new NotFoundException("alert", alertId);
		}
		return row;
	}

	private Row row(ResultSet rs) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		double pAlive = rs.getDouble("p_alive");
		boolean noPAlive = rs.wasNull();
		return new Row(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class), rs.getObject("partnership_id", UUID.class),
				rs.getObject("owner_id", UUID.class), Severity.valueOf(rs.getString("severity")),
				AlertStatus.valueOf(rs.getString("status")), rs.getDate("raised_on").toLocalDate(),
				rs.getDate("evaluated_on").toLocalDate(),
				json.readValue(rs.getString("signals"), new TypeReference<List<Signal>>() {
				}), noPAlive ? null : pAlive, closed == null ? null : closed.toInstant(), rs.getString("closing_note"),
				rs.getObject("evidence_through", LocalDate.class), rs.getObject("follows_alert_id", UUID.class),
				rs.getObject("followed_by", UUID.class));
	}

	private List<AlertView> views(UUID vendorId, List<Row> rows, Locale locale, boolean withHistory, Context context) {
		Set<UUID> ownerIds = new HashSet<>();
		rows.forEach(r -> {
			if (r.ownerId() != null) {
				ownerIds.add(r.ownerId());
			}
		});
		Map<UUID, List<AlertView.Step>> history = withHistory ? history(rows.stream().map(Row::id).toList()) : Map.of();
		Map<UUID, Person> owners = people.find(ownerIds);
		List<AlertView> views = new ArrayList<>(rows.size());
		for (Row r : rows) {
			Person owner = r.ownerId() == null ? null : owners.get(r.ownerId());
			PartnershipEntry entry = context.register().get(r.partnershipId());
			List<AlertView.Sign> signs = r.signals().stream()
				.map(signal -> new AlertView.Sign(signal.kind(), reasons.of(signal, locale), signal.weight(),
						signal.kind().weight() >= Severity.PARTNER_WEIGHT, signal.urgent(), signal.kind().partnerSide()))
				.toList();
			AlertView.Stake stake = entry == null ? null : new AlertView.Stake(entry.tier(), context.revenue().get(r.partnershipId()));
			views.add(new AlertView(r.id(), r.partnershipId(), entry == null ? null : entry.partnerName(), r.severity(), r.status(),
					r.raisedOn(), r.evaluatedOn(), reasons.of(r.signals(), locale), r.signals(), r.pAlive(),
					r.ownerId() == null ? null : new AlertView.Owner(r.ownerId(), owner == null ? null : owner.name()), r.closedAt(),
					r.closingNote(), history.getOrDefault(r.id(), List.of()), Severity.weight(r.signals()), signs, stake,
					r.evidenceThrough(), r.followsAlertId(), r.followedBy()));
		}
		return views;
	}

	private Map<UUID, List<AlertView.Step>> history(Collection<UUID> alertIds) {
		List<Event> events = jdbc.sql("""
				select alert_id, at, change, by_user, status, severity, note from risk_alert_event
				where alert_id in (:ids) order by id""")
			.param("ids", List.copyOf(alertIds))
			.query((rs, n) -> new Event(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
					AlertChange.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), AlertStatus.valueOf(rs.getString(5)),
					Severity.valueOf(rs.getString(6)), rs.getString(7)))
			.list();
		Map<UUID, Person> who = people.find(events.stream().map(Event::by).filter(Objects::nonNull).toList());
		Map<UUID, List<AlertView.Step>> steps = new HashMap<>();
		for (Event e : events) {
			Person person = e.by() == null ? null : who.get(e.by());
			steps.computeIfAbsent(e.alertId(), k -> new ArrayList<>())
				.add(new AlertView.Step(e.at(), e.change(), person == null ? null : person.name(), e.status(), e.severity(),
						e.note()));
		}
		return steps;
	}

	private record Event(UUID alertId, Instant at, AlertChange change, UUID by, AlertStatus status,
			Severity severity, String note) {
	}

	private record Row(UUID id, UUID vendorId, UUID partnershipId, UUID ownerId, Severity severity, AlertStatus status,
			LocalDate raisedOn, LocalDate evaluatedOn, List<Signal> signals, Double pAlive, Instant closedAt, String closingNote,
			LocalDate evidenceThrough, UUID followsAlertId, UUID followedBy) {
	}
}
