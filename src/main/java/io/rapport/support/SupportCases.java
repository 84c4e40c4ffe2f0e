package io.rapport.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.EventDates;
import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.tenancy.ScopeFilter;
import io.rapport.common.text.Inputs;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.organizations.PartnershipView;

/**
 * Support cases within the caller's scope: a partner opens them for its own partnerships and sees
 * its cases with all its vendors; the vendor's channel team opens them too (a call taken by a CAM)
 * and records the first response and the resolution; the vendor's people see their vendor's cases.
 */
@Service
@Transactional(readOnly = true)
public class SupportCases {

	static final String SELECT = "select c.* from support_case c ";

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	private final ApplicationEventPublisher events;

	private final OrganizationDirectory organizations;

	private final Inputs inputs;

	private final Clock clock;

	SupportCases(JdbcClient jdbc, PartnershipQueries partnerships, ApplicationEventPublisher events,
			OrganizationDirectory organizations, Inputs inputs, Clock clock) {
		this.clock = clock;
		this.inputs = inputs;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.partnerships = partnerships;
		this.events = events;
	}

	/**
	 * Opens a case on a partnership.
	 * @throws NotFoundException when the partnership is not the caller's to see
	 * @throws AccessDeniedException for a vendor person outside the channel team
	 */
	@Transactional
	public SupportCaseView open(NewSupportCase request, String source) {
		Caller caller = CurrentCaller.get();
		PartnershipView partnership = partnerships.get(request.partnershipId());
		boolean partner = caller.isPartnerUser() && caller.organizationId().equals(partnership.partner().id());
		if (!partner && !caller.inChannelTeamOf(partnership.vendor().id())) {
			throw new AccessRefusedException("support.refused.open");
		}
		inputs.check(request);
		Instant opened = request.openedAt() == null ? Instant.now(clock) : request.openedAt().toInstant();
		EventDates.refusal(opened, Instant.now(clock)).ifPresent(refusal -> {
			throw DomainRuleException.rule("support.rule.openedThen",
					DomainRuleException.term("dates.problem." + refusal.name(), opened, EventDates.EARLIEST));
		});
		if (partnership.status() == PartnershipStatus.ENDED) {
			throw DomainRuleException.rule("support.rule.partnershipEnded", partnership.endedOn());
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into support_case (id, vendor_id, partnership_id, partner_id, channel, severity, subject, opened_at, source,
				                          opened_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, partnership.vendor().id(), partnership.id(), partnership.partner().id(), request.channel().name(), request.severity().name(),
					request.subject().strip(), Timestamp.from(opened), source, caller.userId())
			.update();
		events.publishEvent(new SupportCasesChanged(partnership.vendor().id(), Set.of(partnership.id()), opened));
		return get(id);
	}

	/**
	 * Records the vendor's first response to a case or its resolution. A case resolved without a
	 * first response recorded was answered by its resolution.
	 * @throws DomainRuleException for an event out of order or in the future
	 * @throws CaseStateException for a first response the case has already, or a case resolved already
	 */
	@Transactional
	public SupportCaseView record(UUID caseId, CaseEvent event) {
		Caller caller = CurrentCaller.get();
		// Locked until the commit: two people recording the first response at once are taken in turn,
		// and the second finds the first's.
		SupportCaseView found = lock(caseId);
		if (!caller.inChannelTeamOf(found.vendorId())) {
			throw new AccessRefusedException("support.refused.record");
		}
		Instant at = event.at().toInstant();
		EventDates.refusal(at, Instant.now(clock)).ifPresent(refusal -> {
			throw DomainRuleException.rule("support.rule.recordedThen." + event.type().name(),
					DomainRuleException.term("dates.problem." + refusal.name(), at, EventDates.EARLIEST));
		});
		if (at.isBefore(found.openedAt())) {
			throw DomainRuleException.rule("support.rule.beforeOpened." + event.type().name(), event.at(), asWritten(found.openedAt(), event));
		}
		if (found.resolvedAt() != null) {
			throw CaseStateException.resolvedAlready(found.resolvedAt());
		}
		if (event.firstCall() != null && (event.type() != CaseEvent.Type.RESOLVED || found.channel() != Channel.PHONE)) {
			throw DomainRuleException.rule("support.rule.firstCallOnlyPhone");
		}
		if (event.type() == CaseEvent.Type.FIRST_RESPONSE) {
			if (found.firstResponseAt() != null) {
				throw CaseStateException.answeredAlready(found.firstResponseAt());
			}
			jdbc.sql("update support_case set first_response_at = ? where id = ?").params(Timestamp.from(at), caseId).update();
		}
		else {
			if (found.firstResponseAt() != null && at.isBefore(found.firstResponseAt())) {
				throw DomainRuleException.rule("support.rule.resolvedBeforeResponse", event.at(), asWritten(found.firstResponseAt(), event));
			}
			jdbc.sql("""
					update support_case set resolved_at = ?, first_response_at = coalesce(first_response_at, ?),
					    resolved_on_first_call = ? where id = ?""")
				.params(Timestamp.from(at), Timestamp.from(at),
						found.channel() == Channel.PHONE ? Boolean.TRUE.equals(event.firstCall()) : null, caseId)
				.update();
		}
		events.publishEvent(new SupportCasesChanged(found.vendorId(), Set.of(found.partnershipId()), found.openedAt()));
		return get(caseId);
	}

	/**
	 * The caller's cases, newest first: a vendor's people see their vendor's, a partner its own
	 * with every vendor.
	 * @param status {@code open}, {@code resolved} or null for both
	 */
	public List<SupportCaseView> list(String status, int limit) {
		String state = status == null || status.isBlank() ? "" : switch (status.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "open" -> " and c.resolved_at is null";
			case "resolved" -> " and c.resolved_at is not null";
			default -> throw new IllegalArgumentException("status is open or resolved, not " + status);
		};
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
		}
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("c.vendor_id", "c.partner_id");
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("limit", limit);
		return named(jdbc.sql(SELECT + " where " + scope.sql() + state + " order by c.opened_at desc limit :limit")
			.params(params).query(SupportCases::view).list());
	}

	/**
	 * One page of the caller's cases as filtered and ordered; a page past the end is the last.
	 */
	public PageOf<SupportCaseLine> page(CaseFilter filter, Sorting<CaseSort> sorting, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from support_case c " + TARGETS + where).params(params).query(Long.class).single();
		Paging within = paging.within(total);
		params.put("limit", within.size());
		params.put("offset", within.offset());
		List<SupportCaseLine> lines = lines(where + order(sorting) + " limit :limit offset :offset", params);
		return PageOf.of(lines, within.page(), within.size(), total);
	}

	/**
	 * Every case of the list as filtered and ordered, for an export; at most {@code most} + 1 rows,
	 * so that the caller learns the list is longer than it takes.
	 */
	public List<SupportCaseLine> all(CaseFilter filter, Sorting<CaseSort> sorting, int most) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", most + 1);
		return lines(where + order(sorting) + " limit :limit", params);
	}

	private List<SupportCaseLine> lines(String rest, Map<String, Object> params) {
		List<Boolean> overdue = new java.util.ArrayList<>();
		List<SupportCaseView> found = jdbc.sql("select c.*, " + OVERDUE + " as overdue from support_case c " + TARGETS + rest)
			.params(params)
			.query((rs, n) -> {
				overdue.add(rs.getBoolean("overdue"));
				return view(rs, n);
			})
			.list();
		List<SupportCaseView> named = named(found);
		List<SupportCaseLine> lines = new java.util.ArrayList<>(named.size());
		for (int i = 0; i < named.size(); i++) {
			lines.add(new SupportCaseLine(named.get(i), overdue.get(i)));
		}
		return lines;
	}

	private String where(CaseFilter filter, Map<String, Object> params) {
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("c.vendor_id", "c.partner_id");
		params.putAll(scope.parameters());
		params.put("now", Timestamp.from(Instant.now(clock)));
		StringBuilder where = new StringBuilder(" where ").append(scope.sql());
		if (filter.status() == CaseFilter.Status.OPEN) {
			where.append(" and c.resolved_at is null");
		}
		else if (filter.status() == CaseFilter.Status.RESOLVED) {
			where.append(" and c.resolved_at is not null");
		}
		if (filter.overdue()) {
			where.append(" and ").append(OVERDUE);
		}
		if (filter.channel() != null) {
			where.append(" and c.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.severity() != null) {
			where.append(" and c.severity = :severity");
			params.put("severity", filter.severity().name());
		}
		return where.toString();
	}

	private static String order(Sorting<CaseSort> sorting) {
		return " order by " + sorting.orderBy(sorting.key().expression()) + ", c.opened_at desc, c.id";
	}

	/** Each case's vendor's targets for its severity; the defaults where the vendor set none. */
	static final String TARGETS = " left join support_target st on st.vendor_id = c.vendor_id and st.severity = c.severity ";

	/** Open and past the first-response target without a response, or past the resolution target. */
	static final String OVERDUE;

	static {
		StringBuilder response = new StringBuilder("coalesce(st.first_response_minutes, case c.severity");
		StringBuilder resolution = new StringBuilder("coalesce(st.resolution_minutes, case c.severity");
		for (Severity severity : Severity.values()) {
			SupportTarget target = severity.defaultTarget();
			response.append(" when '").append(severity.name()).append("' then ").append(target.firstResponseMinutes());
			resolution.append(" when '").append(severity.name()).append("' then ").append(target.resolutionMinutes());
		}
		response.append(" end)");
		resolution.append(" end)");
		OVERDUE = "(c.resolved_at is null and ((c.first_response_at is null and c.opened_at + make_interval(mins => " + response
				+ ") < :now) or c.opened_at + make_interval(mins => " + resolution + ") < :now))";
	}

	/**
	 * A partnership's cases opened from {@code from} (inclusive) to {@code to} (exclusive), newest
	 * first, for the vendor's people and the partner; none when the partnership is not the caller's.
	 */
	public List<SupportCaseView> ofPartnership(UUID partnershipId, Instant from, Instant to) {
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("c.vendor_id", "c.partner_id");
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("partnership", partnershipId);
		params.put("from", Timestamp.from(from));
		params.put("to", Timestamp.from(to));
		return named(jdbc.sql(SELECT + " where " + scope.sql() + """
				 and c.partnership_id = :partnership and c.opened_at >= :from and c.opened_at < :to
				order by c.opened_at desc limit 1000""").params(params).query(SupportCases::view).list());
	}

	/** One case; 404 when it is not the caller's to see. */
	public SupportCaseView get(UUID id) {
		return find(id, "");
	}

	/** One case, its row locked for the rest of the transaction; 404 when it is not the caller's to see. */
	private SupportCaseView lock(UUID id) {
		return find(id, " for update of c");
	}

	private SupportCaseView find(UUID id, String locking) {
		ScopeFilter scope = CurrentCaller.get().partnershipFilter("c.vendor_id", "c.partner_id");
		Map<String, Object> params = new HashMap<>(scope.parameters());
		params.put("id", id);
		return named(jdbc.sql(SELECT + " where c.id = :id and " + scope.sql() + locking).params(params)
			.query(SupportCases::view).optional()
			.map(List::of).orElseThrow(() -> new NotFoundException("support case", id))).get(0);
	}

	/** The cases with their vendor's and partner's names, looked up once for all of them. */
	private List<SupportCaseView> named(List<SupportCaseView> cases) {
		Set<UUID> ids = new java.util.HashSet<>();
		cases.forEach(c -> {
			ids.add(c.vendorId());
			ids.add(c.partnerId());
		});
		Map<UUID, String> names = organizations.namesOf(ids);
		return cases.stream().map(c -> c.named(names)).toList();
	}

	/** A stored moment at the offset the person recording the event wrote theirs in. */
	private static OffsetDateTime asWritten(Instant moment, CaseEvent event) {
		return moment.atOffset(event.at().getOffset());
	}

	static SupportCaseView view(ResultSet rs, int n) throws SQLException {
		Instant opened = rs.getTimestamp("opened_at").toInstant();
		Timestamp first = rs.getTimestamp("first_response_at");
		Timestamp resolved = rs.getTimestamp("resolved_at");
		Object firstCall = rs.getObject("resolved_on_first_call");
		return new SupportCaseView(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
				null, rs.getObject("partnership_id", UUID.class), rs.getObject("partner_id", UUID.class), null,
				Channel.valueOf(rs.getString("channel")), Severity.valueOf(rs.getString("severity")), rs.getString("subject"),
				opened, first == null ? null : first.toInstant(), resolved == null ? null : resolved.toInstant(),
				(Boolean) firstCall, first == null ? null : Duration.between(opened, first.toInstant()).toMinutes(),
				resolved == null ? null : Duration.between(opened, resolved.toInstant()).toMinutes(), rs.getString("external_id"),
				rs.getString("source"));
	}
}
