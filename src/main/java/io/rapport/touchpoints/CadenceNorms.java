package io.rapport.touchpoints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

	private final Clock clock;

	CadenceNorms(JdbcClient jdbc, VendorProgrammes programmes, PartnershipQueries partnerships,
			TouchpointStatistics statistics, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
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
		return programme.calendar().quarterOf(LocalDate.now(clock.withZone(programme.timeZone())));
	}

	/** Every norm checked for the quarter. */
	public List<NormCheck> check(UUID vendorId, Quarter quarter) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		return checkUnscoped(programme, programmes.requireWithinLife(programme, quarter));
	}

	/**
	 * {@link #check} for callers that have checked the caller's right to the vendor themselves.
	 * While the quarter runs, a norm not met yet is on track or behind by the target pro rata of
	 * the days gone by in the period it counts over; only an ended quarter misses a norm.
	 */
	public List<NormCheck> checkUnscoped(VendorProgramme programme, Quarter quarter) {
		Map<Norm, Integer> targets = targetsOf(programme.vendorId());
		FiscalCalendar calendar = programme.calendar();
		LocalDate today = LocalDate.now(clock.withZone(programme.timeZone()));
		boolean ended = today.isAfter(quarter.endIn(calendar));
		Quarter yearStart = quarter.previous().previous().previous();
		double quarterGone = elapsed(quarter.startIn(calendar), quarter.endIn(calendar), today);
		double yearGone = elapsed(yearStart.startIn(calendar), quarter.endIn(calendar), today);
		Map<String, Long> quarterCounts = channelCounts(programme, quarter, quarter);
		Map<String, Long> yearCounts = channelCounts(programme, yearStart, quarter);
		// Both per-partnership norms read the same quarter's contact: one pass over the links serves both.
		Map<UUID, PartnershipContact> contact = statistics.contact(programme, quarter, quarter);
		List<PartnershipEntry> register = partnerships.register(programme.vendorId());
		List<NormCheck> checks = new ArrayList<>();
		for (Norm norm : Norm.values()) {
			int target = targets.get(norm);
			switch (norm) {
				case CONFERENCE_PER_YEAR -> checks.add(count(norm, quarter, target,
						yearCounts.getOrDefault("PARTNER_CONFERENCE", 0L), ended, yearGone));
				case INDEPENDENT_EVENTS_PER_YEAR -> checks.add(count(norm, quarter, target,
						yearCounts.getOrDefault("INDEPENDENT_EVENT", 0L), ended, yearGone));
				case PRESS_BRIEFING_PER_QUARTER -> checks.add(count(norm, quarter, target,
						quarterCounts.getOrDefault("PRESS_BRIEFING", 0L), ended, quarterGone));
				case EXECUTIVE_PRESS_PER_QUARTER -> checks.add(count(norm, quarter, target,
						quarterCounts.getOrDefault("EXECUTIVE_PRESS", 0L), ended, quarterGone));
				case CHANNEL_MARKETING_PER_MONTH -> checks.add(monthly(norm, programme, quarter, target, today, ended));
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
					boolean met = meeting == of;
					checks.add(new NormCheck(norm, norm.period(), quarter, target, meeting, of, met,
							standing(met, ended, meeting >= of * quarterGone)));
				}
			}
		}
		return checks;
	}

	private static NormCheck count(Norm norm, Quarter quarter, int target, long actual, boolean ended, double gone) {
		boolean met = actual >= target;
		return new NormCheck(norm, norm.period(), quarter, target, actual, null, met,
				standing(met, ended, actual >= target * gone));
	}

	private static NormCheck.Standing standing(boolean met, boolean ended, boolean keepingPace) {
		if (met) {
			return NormCheck.Standing.MET;
		}
		if (ended) {
			return NormCheck.Standing.MISSED;
		}
		return keepingPace ? NormCheck.Standing.ON_TRACK : NormCheck.Standing.BEHIND;
	}

	/** The share of the period's days gone by on {@code today}, today counted: 0 before it, 1 after it. */
	static double elapsed(LocalDate first, LocalDate last, LocalDate today) {
		if (today.isBefore(first)) {
			return 0;
		}
		if (today.isAfter(last)) {
			return 1;
		}
		return (double) (ChronoUnit.DAYS.between(first, today) + 1) / (ChronoUnit.DAYS.between(first, last) + 1);
	}

	/**
	 * A monthly norm: met when every month of the quarter was; while the quarter runs, on track
	 * when every month gone by met it and the month under way keeps pace with its days.
	 */
	private NormCheck monthly(Norm norm, VendorProgramme programme, Quarter quarter, int target, LocalDate today,
			boolean ended) {
		List<Long> counts = monthCounts(programme, quarter, today);
		long fewest = counts.stream().mapToLong(Long::longValue).min().orElse(0);
		boolean met = fewest >= target;
		boolean keepingPace = true;
		LocalDate month = quarter.startIn(programme.calendar());
		for (int i = 0; i < counts.size(); i++, month = month.plusMonths(1)) {
			boolean running = !today.isAfter(month.plusMonths(1).minusDays(1));
			double gone = running ? elapsed(month, month.plusMonths(1).minusDays(1), today) : 1;
			keepingPace &= counts.get(i) >= target * gone;
		}
		return new NormCheck(norm, norm.period(), quarter, target, fewest, null, met, standing(met, ended, keepingPace));
	}

	/** Channel-level touchpoints per kind in the quarters, executive press presence counted apart. */
	private Map<String, Long> channelCounts(VendorProgramme programme, Quarter first, Quarter last) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				select kind, case when kind = 'INDEPENDENT_EVENT'
				                  then count(distinct (lower(title), (occurred_at at time zone ?)::date)) else count(*) end,
				       count(*) filter (where kind in ('PRESS_BRIEFING', 'PRESS_INQUIRY')
				                                              and seniority in ('CEO', 'EXECUTIVE') and coalesce(answered, true))
				from touchpoint where vendor_id = ? and occurred_at >= ? and occurred_at < ? group by kind""")
			.params(programme.timeZone().getId(), programme.vendorId(), start(programme, first), end(programme, last))
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
				counts.merge("EXECUTIVE_PRESS", rs.getLong(3), Long::sum);
			});
		return counts;
	}

	/** Channel marketing in each month of the quarter that has begun by {@code today}. */
	private List<Long> monthCounts(VendorProgramme programme, Quarter quarter, LocalDate today) {
		ZoneId zone = programme.timeZone();
		LocalDate month = quarter.startIn(programme.calendar());
		List<Long> counts = new ArrayList<>();
		// A month that has not begun yet cannot have missed anything.
		for (int i = 0; i < 3 && !month.isAfter(today); i++, month = month.plusMonths(1)) {
			counts.add(jdbc.sql("""
					select count(*) from touchpoint where vendor_id = ? and kind = 'CHANNEL_MARKETING'
					and occurred_at >= ? and occurred_at < ?""")
				.params(programme.vendorId(), Timestamp.from(month.atStartOfDay(zone).toInstant()),
						Timestamp.from(month.plusMonths(1).atStartOfDay(zone).toInstant()))
				.query(Long.class).single());
		}
		return counts;
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
