package io.rapport.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.tenancy.Role;
import io.rapport.common.text.Inputs;
import io.rapport.common.text.TextLimits;
import io.rapport.organizations.ChannelPeople;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.Person;

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

	Alerts(JdbcClient jdbc, PartnershipQueries partnerships, ChannelPeople people, AlertReasons reasons, ObjectMapper json,
			Inputs inputs) {
		this.inputs = inputs;
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
	 */
	public record Filter(Set<AlertStatus> statuses, Set<Severity> severities, UUID ownerId, UUID partnershipId) {

		public Filter {
			statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
			severities = severities == null ? Set.of() : Set.copyOf(severities);
		}

		public static Filter all() {
			return new Filter(Set.of(), Set.of(), null, null);
		}
	}

	/** The vendor's alerts, the most severe and the newest first. */
	public List<AlertView> list(UUID vendorId, Filter filter) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return query(vendorId, filter, LocaleContextHolder.getLocale());
	}

	/** The people who own any of the vendor's alerts, by name, for filtering by owner. */
	public Map<UUID, String> owners(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		List<UUID> ids = jdbc.sql("select distinct owner_id from risk_alert where vendor_id = ? and owner_id is not null")
			.param(vendorId).query(UUID.class).list();
		Map<UUID, String> owners = new java.util.LinkedHashMap<>();
		people.find(ids).values().stream().sorted(java.util.Comparator.comparing(Person::name))
			.forEach(person -> owners.put(person.id(), person.name()));
		return owners;
	}

	/** For the weekly digest: no caller, the vendor is known; it writes the reasons in each language itself. */
	List<AlertView> live(UUID vendorId) {
		return query(vendorId, new Filter(Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), Set.of(), null, null),
				Locale.ENGLISH);
	}

	private List<AlertView> query(UUID vendorId, Filter filter, Locale locale) {
		StringBuilder sql = new StringBuilder("""
				select id, vendor_id, partnership_id, owner_id, severity, status, raised_on, evaluated_on, signals, p_alive, closed_at,
				       closing_note
				from risk_alert where vendor_id = :vendor""");
		Map<String, Object> params = new HashMap<>();
		params.put("vendor", vendorId);
		if (!filter.statuses().isEmpty()) {
			sql.append(" and status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (!filter.severities().isEmpty()) {
			sql.append(" and severity in (:severities)");
			params.put("severities", filter.severities().stream().map(Enum::name).toList());
		}
		if (filter.ownerId() != null) {
			sql.append(" and owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.partnershipId() != null) {
			sql.append(" and partnership_id = :partnership");
			params.put("partnership", filter.partnershipId());
		}
		sql.append(' ').append("""
				order by case status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end,
				          case severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, raised_on desc, id""");
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
		return views(vendorId, rows, locale, false);
	}

	/** One alert with its history. */
	public AlertView get(UUID alertId) {
		Row row = own(alertId);
		return views(row.vendorId(), List.of(row), LocaleContextHolder.getLocale(), true).get(0);
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
		if (!caller.has(Role.VENDOR_ADMIN) && !(caller.has(Role.CHANNEL_MANAGER) && caller.userId().equals(row.ownerId()))) {
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
		jdbc.sql("""
				update risk_alert set status = ?, closed_at = case when ? then now() end, closed_by = case when ? then ? end,
				       closing_note = case when ? then ? end
				where id = ?""")
			.params(next.name(), closes, closes, caller.userId(), closes, text, alertId)
			.update();
		AlertChange.record(jdbc, alertId, change, next, row.severity(), caller.userId(), text);
		return get(alertId);
	}

	/** The alert, if the caller works for its vendor; 404 for everyone else, the partner included. */
	private Row own(UUID alertId) {
		return own(alertId, "");
	}

	private Row own(UUID alertId, String locking) {
		Caller caller = CurrentCaller.get();
		Row row = jdbc.sql("""
				select id, vendor_id, partnership_id, owner_id, severity, status, raised_on, evaluated_on, signals, p_alive, closed_at,
				       closing_note
				from risk_alert where id = ?""" + locking)
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
				}), noPAlive ? null : pAlive, closed == null ? null : closed.toInstant(), rs.getString("closing_note"));
	}

	private List<AlertView> views(UUID vendorId, List<Row> rows, Locale locale, boolean withHistory) {
		Map<UUID, String> names = new HashMap<>();
		for (PartnershipEntry entry : partnerships.register(vendorId)) {
			names.put(entry.partnershipId(), entry.partnerName());
		}
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
			views.add(new AlertView(r.id(), r.partnershipId(), names.get(r.partnershipId()), r.severity(), r.status(),
					r.raisedOn(), r.evaluatedOn(), reasons.of(r.signals(), locale), r.signals(), r.pAlive(),
					r.ownerId() == null ? null : new AlertView.Owner(r.ownerId(), owner == null ? null : owner.name()), r.closedAt(),
					r.closingNote(), history.getOrDefault(r.id(), List.of())));
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
		Map<UUID, Person> who = people.find(events.stream().map(Event::by).filter(java.util.Objects::nonNull).toList());
		Map<UUID, List<AlertView.Step>> steps = new HashMap<>();
		for (Event e : events) {
			Person person = e.by() == null ? null : who.get(e.by());
			steps.computeIfAbsent(e.alertId(), k -> new ArrayList<>())
				.add(new AlertView.Step(e.at(), e.change(), person == null ? null : person.name(), e.status(), e.severity(),
						e.note()));
		}
		return steps;
	}

	private record Event(UUID alertId, java.time.Instant at, AlertChange change, UUID by, AlertStatus status,
			Severity severity, String note) {
	}

	private record Row(UUID id, UUID vendorId, UUID partnershipId, UUID ownerId, Severity severity, AlertStatus status,
			java.time.LocalDate raisedOn, java.time.LocalDate evaluatedOn, List<Signal> signals, Double pAlive,
			java.time.Instant closedAt, String closingNote) {
	}
}
