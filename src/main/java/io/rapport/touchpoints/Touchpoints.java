package io.rapport.touchpoints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.Inputs;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/**
 * Records touchpoints and reads them back. The vendor's channel team records them; the vendor's
 * people and the partner of a partnership read that partnership's timeline.
 */
@Service
@Transactional(readOnly = true)
public class Touchpoints {

	private final JdbcClient jdbc;

	private final TouchpointLedger ledger;

	private final TouchpointTypes types;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final ApplicationEventPublisher events;

	private final Inputs inputs;

	private final Clock clock;

	Touchpoints(JdbcClient jdbc, TouchpointLedger ledger, TouchpointTypes types, PartnershipQueries partnerships,
			VendorProgrammes programmes, ApplicationEventPublisher events, Inputs inputs, Clock clock) {
		this.clock = clock;
		this.inputs = inputs;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.types = types;
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.events = events;
	}

	/**
	 * Records a touchpoint in the caller's vendor's programme; with a known external id, a repeat
	 * changes nothing and other values replace the stored ones.
	 * @throws NotFoundException when a partnership is not the vendor's
	 * @throws DomainRuleException when the type or the attributes do not fit
	 */
	@Transactional
	public TouchpointView record(NewTouchpoint request, TouchpointSource source) {
		if (!inChannelTeam(CurrentCaller.get()) && !request.partnershipIds().isEmpty()) {
			// Whether someone else's partnership exists is not the caller's business.
			throw new NotFoundException("partnership", request.partnershipIds().get(0));
		}
		Caller caller = channelTeam();
		inputs.check(request);
		UUID vendorId = caller.organizationId();
		TouchpointCheck.Result checked = refuseProblems(check(vendorId).check(request, source));
		TouchpointLedger.Saved saved = ledger.save(vendorId, checked.touchpoint(), caller.userId());
		if (saved.outcome() != TouchpointLedger.Outcome.UNCHANGED) {
			events.publishEvent(new TouchpointsRecorded(vendorId, checked.touchpoint().partnershipIds(),
					checked.touchpoint().channelWide(), saved.earliest()));
		}
		return get(saved.id(), zone(vendorId));
	}

	/**
	 * Corrects a touchpoint with the same checks as recording one: every value is replaced, the
	 * source stays where it came from, the external id stays unless another is given.
	 * @throws NotFoundException when it is not the caller's vendor's, or a partnership is not the vendor's
	 * @throws DomainRuleException when the type or the attributes do not fit, or the external id is another's
	 */
	@Transactional
	public TouchpointView correct(UUID id, NewTouchpoint request) {
		if (!inChannelTeam(CurrentCaller.get())) {
			throw new NotFoundException("touchpoint", id);
		}
		Caller caller = channelTeam();
		UUID vendorId = caller.organizationId();
		TouchpointLedger.Stored stored = ledger.lock(vendorId, id).orElseThrow(() -> new NotFoundException("touchpoint", id));
		inputs.check(request);
		Touchpoint before = stored.touchpoint();
		Touchpoint checked = refuseProblems(check(vendorId).check(request, before.source())).touchpoint();
		String externalId = checked.externalId() == null ? before.externalId() : checked.externalId();
		if (externalId != null && !externalId.equals(before.externalId()) && ledger.externalIdTaken(vendorId, externalId, id)) {
			throw DomainRuleException.rule("touchpoints.externalIdTaken", externalId);
		}
		Touchpoint after = new Touchpoint(checked.kind(), checked.typeCode(), checked.occurredAt(), checked.title(),
				checked.direction(), checked.partnershipIds(), checked.seniority(), before.source(), externalId,
				checked.paidForPartners(), checked.pressInvited(), checked.answered(), checked.daysToAnswer());
		if (!after.sameAs(before) || !java.util.Objects.equals(externalId, before.externalId())) {
			ledger.replace(vendorId, id, after, caller.userId());
			Set<UUID> reached = new HashSet<>(before.partnershipIds());
			reached.addAll(after.partnershipIds());
			// A touchpoint moved to a later day changed the quarter it left as well.
			Instant earliest = before.occurredAt().isBefore(after.occurredAt()) ? before.occurredAt() : after.occurredAt();
			events.publishEvent(new TouchpointsRecorded(vendorId, reached, before.channelWide() || after.channelWide(), earliest));
		}
		return get(id, zone(vendorId));
	}

	/** One of the vendor's touchpoints, for its own people. @throws NotFoundException for anyone else's */
	public TouchpointView find(UUID id) {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser()) {
			throw new NotFoundException("touchpoint", id);
		}
		UUID vendorId = caller.organizationId();
		return jdbc.sql(SELECT + " where t.id = ? and t.vendor_id = ?").params(id, vendorId)
			.query((rs, n) -> view(TouchpointLedger.stored(rs, n), zone(vendorId)))
			.optional().orElseThrow(() -> new NotFoundException("touchpoint", id));
	}

	/** One page of the vendor's touchpoints as filtered and ordered; a page past the end is the last. */
	public PageOf<TouchpointView> page(UUID vendorId, TouchpointFilter filter, Sorting<TouchpointSort> sorting, Paging paging) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		ZoneId zone = zone(vendorId);
		Map<String, Object> params = new java.util.HashMap<>();
		String where = where(vendorId, filter, zone, params);
		long total = jdbc.sql("select count(*) from touchpoint t " + where).params(params).query(Long.class).single();
		Paging within = paging.within(total);
		params.put("limit", within.size());
		params.put("offset", within.offset());
		List<TouchpointView> found = jdbc.sql(SELECT + where + order(sorting) + " limit :limit offset :offset").params(params)
			.query((rs, n) -> view(TouchpointLedger.stored(rs, n), zone))
			.list();
		return PageOf.of(found, within.page(), within.size(), total);
	}

	/**
	 * The vendor's touchpoints as filtered and ordered, for an export; at most {@code most} + 1, so
	 * that the caller learns the list is longer than it takes.
	 */
	public List<TouchpointView> all(UUID vendorId, TouchpointFilter filter, Sorting<TouchpointSort> sorting, int most) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		ZoneId zone = zone(vendorId);
		Map<String, Object> params = new java.util.HashMap<>();
		String where = where(vendorId, filter, zone, params);
		params.put("limit", most + 1);
		return jdbc.sql(SELECT + where + order(sorting) + " limit :limit").params(params)
			.query((rs, n) -> view(TouchpointLedger.stored(rs, n), zone))
			.list();
	}

	private static String where(UUID vendorId, TouchpointFilter filter, ZoneId zone, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where t.vendor_id = :vendor");
		params.put("vendor", vendorId);
		if (filter.type() != null) {
			where.append(" and (t.type_code = :type or t.kind = :type)");
			params.put("type", filter.type());
		}
		if (filter.from() != null) {
			where.append(" and t.occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and t.occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.partnershipIds() != null) {
			if (filter.partnershipIds().isEmpty()) {
				where.append(" and false");
			}
			else {
				where.append(" and exists (select 1 from touchpoint_partnership l where l.touchpoint_id = t.id"
						+ " and l.vendor_id = :vendor and l.partnership_id in (:partnerships))");
				params.put("partnerships", List.copyOf(filter.partnershipIds()));
			}
		}
		return where.toString();
	}

	private static String order(Sorting<TouchpointSort> sorting) {
		return " order by " + sorting.orderBy(sorting.key().expression()) + ", t.occurred_at desc, t.id";
	}

	/** The touchpoints that reached a partnership, or addressed its vendor's whole channel, newest first. */
	public List<TouchpointView> ofPartnership(UUID partnershipId, LocalDate from, LocalDate to) {
		PartnershipView partnership = partnerships.get(partnershipId);
		ZoneId zone = zone(partnership.vendor().id());
		return jdbc.sql(SELECT + """
				where t.vendor_id = :vendor and t.occurred_at >= :from and t.occurred_at < :to
				and (t.channel_wide or exists (select 1 from touchpoint_partnership l
				                               where l.touchpoint_id = t.id and l.partnership_id = :partnership))
				order by t.occurred_at desc limit 1000""")
			.param("vendor", partnership.vendor().id())
			.param("partnership", partnershipId)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, n) -> view(TouchpointLedger.stored(rs, n), zone))
			.list();
	}

	/** The vendor's touchpoints in a period, newest first; its own people only. */
	public List<TouchpointView> ofVendor(UUID vendorId, LocalDate from, LocalDate to, int limit) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		ZoneId zone = zone(vendorId);
		return jdbc.sql(SELECT + """
				where t.vendor_id = :vendor and t.occurred_at >= :from and t.occurred_at < :to
				order by t.occurred_at desc limit :limit""")
			.param("vendor", vendorId)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.param("limit", Math.min(Math.max(limit, 1), 1000))
			.query((rs, n) -> view(TouchpointLedger.stored(rs, n), zone))
			.list();
	}

	/**
	 * Removes a touchpoint recorded by mistake.
	 * @throws NotFoundException when it is not the caller's vendor's
	 */
	@Transactional
	public void delete(UUID id) {
		if (!inChannelTeam(CurrentCaller.get())) {
			throw new NotFoundException("touchpoint", id);
		}
		Caller caller = channelTeam();
		Set<UUID> reached = new HashSet<>(jdbc.sql("select partnership_id from touchpoint_partnership where touchpoint_id = ?")
			.param(id).query(UUID.class).list());
		Instant occurred = jdbc.sql("delete from touchpoint where id = ? and vendor_id = ? returning occurred_at")
			.params(id, caller.organizationId()).query(Timestamp.class).optional().map(Timestamp::toInstant)
			.orElseThrow(() -> new NotFoundException("touchpoint", id));
		events.publishEvent(new TouchpointsRecorded(caller.organizationId(), reached, reached.isEmpty(), occurred));
	}

	/** The checked touchpoint; the first problem refused, a partnership not the vendor's as not found. */
	private static TouchpointCheck.Result refuseProblems(TouchpointCheck.Result checked) {
		for (TouchpointCheck.Problem problem : checked.problems()) {
			if (problem.partnershipId() != null) {
				throw new NotFoundException("partnership", problem.partnershipId());
			}
		}
		if (!checked.problems().isEmpty()) {
			TouchpointCheck.Problem problem = checked.problems().get(0);
			throw DomainRuleException.rule(problem.code(), problem.arguments().toArray());
		}
		return checked;
	}

	TouchpointView get(UUID id, ZoneId zone) {
		return jdbc.sql(SELECT + " where t.id = ?").param(id)
			.query((rs, n) -> view(TouchpointLedger.stored(rs, n), zone))
			.single();
	}

	TouchpointCheck check(UUID vendorId) {
		Map<UUID, PartnershipEntry> register = partnerships.register(vendorId).stream()
			.collect(Collectors.toMap(PartnershipEntry::partnershipId, Function.identity()));
		// The vendor's own types are read now: an import checks rows while a COPY holds the connection.
		List<TouchpointType> own = types.own(vendorId);
		return new TouchpointCheck(code -> TouchpointTypes.resolve(own, code), register, Instant.now(clock));
	}

	ZoneId zone(UUID vendorId) {
		return programmes.find(vendorId).map(VendorProgramme::timeZone).orElse(ZoneId.of("Europe/Warsaw"));
	}

	private static boolean inChannelTeam(Caller caller) {
		return caller.may(Capability.WORK_WITH_PARTNERS);
	}

	static Caller channelTeam() {
		Caller caller = CurrentCaller.get();
		if (!inChannelTeam(caller)) {
			throw new AccessRefusedException("touchpoints.refused.channelTeam");
		}
		return caller;
	}

	private static TouchpointView view(TouchpointLedger.Stored stored, ZoneId zone) {
		Touchpoint t = stored.touchpoint();
		return new TouchpointView(stored.id(), t.typeCode(), t.kind(), t.occurredAt().atZone(zone).toOffsetDateTime(),
				t.title(), t.direction(), t.channelWide(), t.partnershipIds().stream().sorted().toList(), t.seniority(),
				t.source(), t.externalId(), t.paidForPartners(), t.pressInvited(), t.answered(), t.daysToAnswer());
	}

	private static final String SELECT = """
			select t.*, coalesce((select array_agg(l.partnership_id) from touchpoint_partnership l
			                      where l.touchpoint_id = t.id), '{}') as partnerships
			from touchpoint t
			""";

}
