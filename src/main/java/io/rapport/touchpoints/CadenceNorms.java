package io.rapport.touchpoints;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.FiscalCalendar;
import io.rapport.common.NotFoundException;
import io.rapport.common.Quarter;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/** The cadence norms of a vendor: their targets, editable by the channel chief, and whether each was met. */
@Service
@Transactional(readOnly = true)
public class CadenceNorms {

	private final JdbcClient jdbc;

	private final VendorProgrammes programmes;

	private final PartnershipQueries partnerships;

	private final TouchpointStatistics statistics;

	private final ApplicationEventPublisher events;

	CadenceNorms(JdbcClient jdbc, VendorProgrammes programmes, PartnershipQueries partnerships,
			TouchpointStatistics statistics, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.partnerships = partnerships;
		this.statistics = statistics;
		this.events = events;
	}

	/** Each norm's target for the vendor: its own where set, the default otherwise. */
	public Map<Norm, Integer> targets(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return targetsOf(vendorId);
	}

	/**
	 * Sets some of the vendor's targets; the others keep theirs.
	 * @throws DomainRuleException for a negative or absurd target
	 */
	@Transactional
	public Map<Norm, Integer> setTargets(UUID vendorId, Map<Norm, Integer> targets) {
		Caller caller = CurrentCaller.get();
		caller.requireOwnVendor(vendorId);
		caller.require(Capability.RUN_PROGRAMME);
		targets.forEach((norm, target) -> {
			if (target == null || target < 0 || target > 1000) {
				throw DomainRuleException.rule("touchpoints.rule.normTarget", DomainRuleException.term("engagement.norm." + norm.name()));
			}
			jdbc.sql("""
					insert into cadence_norm (vendor_id, norm, target) values (?, ?, ?)
					on conflict (vendor_id, norm) do update set target = excluded.target""")
				.params(vendorId, norm.name(), target).update();
		});
		events.publishEvent(new CadenceNormsChanged(vendorId));
		return targetsOf(vendorId);
	}

	/** The fiscal quarter the vendor is in today. */
	public Quarter currentQuarter(UUID vendorId) {
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		return programme.calendar().quarterOf(LocalDate.now(programme.timeZone()));
	}

	/** Every norm checked for the quarter. */
	public List<NormCheck> check(UUID vendorId, Quarter quarter) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		return checkUnscoped(programme, programmes.requireWithinLife(programme, quarter));
	}

	/** {@link #check} for callers that have checked the caller's right to the vendor themselves. */
	public List<NormCheck> checkUnscoped(VendorProgramme programme, Quarter quarter) {
		Map<Norm, Integer> targets = targetsOf(programme.vendorId());
		FiscalCalendar calendar = programme.calendar();
		Quarter yearStart = quarter.previous().previous().previous();
		Map<String, Long> quarterCounts = channelCounts(programme, quarter, quarter);
		Map<String, Long> yearCounts = channelCounts(programme, yearStart, quarter);
		// Both per-partnership norms read the same quarter's contact: one pass over the links serves both.
		Map<UUID, PartnershipContact> contact = statistics.contact(programme, quarter, quarter);
		List<PartnershipEntry> register = partnerships.register(programme.vendorId());
		List<NormCheck> checks = new ArrayList<>();
		for (Norm norm : Norm.values()) {
			int target = targets.get(norm);
			switch (norm) {
				case CONFERENCE_PER_YEAR -> checks.add(count(norm, quarter, target, yearCounts.getOrDefault("PARTNER_CONFERENCE", 0L)));
				case INDEPENDENT_EVENTS_PER_YEAR -> checks.add(count(norm, quarter, target, yearCounts.getOrDefault("INDEPENDENT_EVENT", 0L)));
				case PRESS_BRIEFING_PER_QUARTER -> checks.add(count(norm, quarter, target, quarterCounts.getOrDefault("PRESS_BRIEFING", 0L)));
				case EXECUTIVE_PRESS_PER_QUARTER -> checks.add(count(norm, quarter, target, quarterCounts.getOrDefault("EXECUTIVE_PRESS", 0L)));
				case CHANNEL_MARKETING_PER_MONTH -> checks.add(count(norm, quarter, target, fewestInAMonth(programme, quarter)));
				case TOP_TIER_MEETING_PER_QUARTER, VENDOR_CONTACT_PER_QUARTER -> {
					int topRank = programme.topTier().rank();
					long of = 0;
					long meeting = 0;
					for (PartnershipEntry entry : register) {
						PartnershipContact c = contact.get(entry.partnershipId());
						if (c == null || (norm == Norm.TOP_TIER_MEETING_PER_QUARTER && entry.tierRank() != topRank)) {
							continue;
						}
						of++;
						long achieved = norm == Norm.TOP_TIER_MEETING_PER_QUARTER ? c.directMeetings() : c.contactQuarters();
						if (achieved >= target) {
							meeting++;
						}
					}
					checks.add(new NormCheck(norm, norm.period(), quarter, target, meeting, of, meeting == of));
				}
			}
		}
		return checks;
	}

	private static NormCheck count(Norm norm, Quarter quarter, int target, long actual) {
		return new NormCheck(norm, norm.period(), quarter, target, actual, null, actual >= target);
	}

	/** Channel-level touchpoints per kind in the quarters, executive press presence counted apart. */
	private Map<String, Long> channelCounts(VendorProgramme programme, Quarter first, Quarter last) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				select kind, count(*), count(*) filter (where kind in ('PRESS_BRIEFING', 'PRESS_INQUIRY')
				                                              and seniority in ('CEO', 'EXECUTIVE') and coalesce(answered, true))
				from touchpoint where vendor_id = ? and occurred_at >= ? and occurred_at < ? group by kind""")
			.params(programme.vendorId(), start(programme, first), end(programme, last))
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
				counts.merge("EXECUTIVE_PRESS", rs.getLong(3), Long::sum);
			});
		return counts;
	}

	private long fewestInAMonth(VendorProgramme programme, Quarter quarter) {
		ZoneId zone = programme.timeZone();
		LocalDate month = quarter.startIn(programme.calendar());
		LocalDate today = LocalDate.now(zone);
		long fewest = Long.MAX_VALUE;
		// A month that has not begun yet cannot have missed anything.
		for (int i = 0; i < 3 && !month.isAfter(today); i++, month = month.plusMonths(1)) {
			long count = jdbc.sql("""
					select count(*) from touchpoint where vendor_id = ? and kind = 'CHANNEL_MARKETING'
					and occurred_at >= ? and occurred_at < ?""")
				.params(programme.vendorId(), Timestamp.from(month.atStartOfDay(zone).toInstant()),
						Timestamp.from(month.plusMonths(1).atStartOfDay(zone).toInstant()))
				.query(Long.class).single();
			fewest = Math.min(fewest, count);
		}
		return fewest == Long.MAX_VALUE ? 0 : fewest;
	}

	private static Timestamp start(VendorProgramme programme, Quarter quarter) {
		return Timestamp.from(quarter.startIn(programme.calendar()).atStartOfDay(programme.timeZone()).toInstant());
	}

	private static Timestamp end(VendorProgramme programme, Quarter quarter) {
		Instant end = quarter.next().startIn(programme.calendar()).atStartOfDay(programme.timeZone()).toInstant();
		return Timestamp.from(end);
	}

	/** {@link #targets} for callers that have checked the caller's right to the vendor themselves. */
	Map<Norm, Integer> targetsOf(UUID vendorId) {
		Map<Norm, Integer> targets = new EnumMap<>(Norm.class);
		for (Norm norm : Norm.values()) {
			targets.put(norm, norm.defaultTarget());
		}
		jdbc.sql("select norm, target from cadence_norm where vendor_id = ?").param(vendorId)
			.query(rs -> {
				targets.put(Norm.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return targets;
	}
}
