package io.rapport.touchpoints;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.FiscalCalendar;
import io.rapport.common.Quarter;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;

/**
 * Counts what the touchpoints say per partnership over a window of fiscal quarters, for every
 * partnership of a programme in one pass over the narrow link table. Unscoped: callers check the
 * caller's right to the vendor first.
 */
@Service
@Transactional(readOnly = true)
public class TouchpointStatistics {

	/** Up to this many partnerships are looked up one by one; more are read in one pass over the vendor's window. */
	private static final int FEW = 500;

	private final JdbcClient jdbc;

	private final PartnershipQueries partnerships;

	TouchpointStatistics(JdbcClient jdbc, PartnershipQueries partnerships) {
		this.jdbc = jdbc;
		this.partnerships = partnerships;
	}

	/** Every partnership in force during the window, with its counts; zeros for those never reached. */
	public Map<UUID, PartnershipContact> contact(VendorProgramme programme, Quarter first, Quarter last) {
		return contact(programme, first, last, null);
	}

	/**
	 * The given partnerships, if in force during the window, with their counts; all when
	 * {@code only} is null. A few are read by the partnership index instead of the vendor's window.
	 */
	public Map<UUID, PartnershipContact> contact(VendorProgramme programme, Quarter first, Quarter last, Set<UUID> only) {
		boolean few = only != null && only.size() <= FEW;
		FiscalCalendar calendar = programme.calendar();
		ZoneId zone = programme.timeZone();
		LocalDate fromDay = first.startIn(calendar);
		LocalDate toDay = last.endIn(calendar);
		Instant from = fromDay.atStartOfDay(zone).toInstant();
		Instant to = toDay.plusDays(1).atStartOfDay(zone).toInstant();
		Map<UUID, Row> rows = new HashMap<>();
		jdbc.sql("""
				with window_links as (
				    select partnership_id, occurred_at, kind, direction, seniority,
				           floor(((extract(year from occurred_at at time zone :zone) * 12
				                   + extract(month from occurred_at at time zone :zone)) - :start) / 3) as quarter
				    from touchpoint_partnership
				    where vendor_id = :vendor and occurred_at >= :from and occurred_at < :to
				""" + (few ? "and partnership_id = any(cast(:ids as uuid[]))" : "") + """
				), vendor_contact as (
				    select partnership_id, occurred_at,
				           occurred_at - lag(occurred_at) over (partition by partnership_id order by occurred_at) as gap
				    from window_links where direction <> 'PARTNER_TO_VENDOR'
				), gaps as (
				    -- One pass per partnership: first and last contact and the longest gap between two.
				    select partnership_id, min(occurred_at) as first_contact, max(occurred_at) as last_contact,
				           extract(epoch from max(gap)) as inner_gap
				    from vendor_contact group by partnership_id
				), counts as (
				    select l.partnership_id,
				           count(distinct l.quarter) filter (where l.direction <> 'PARTNER_TO_VENDOR') as contact_quarters,
				           count(*) filter (where l.kind in ('KEY_PARTNER_MEETING', 'EXECUTIVE_MEETING', 'CAM_MEETING')) as meetings,
				           count(*) filter (where l.seniority in ('CEO', 'EXECUTIVE') and l.direction <> 'PARTNER_TO_VENDOR') as executive,
				           count(*) filter (where l.kind = 'PRODUCT_BRIEFING') as briefings,
				           count(*) filter (where l.kind in ('PARTNER_CONFERENCE', 'INDEPENDENT_EVENT')) as events,
				           count(*) filter (where l.kind = 'PARTNER_CONFERENCE') as conferences,
				           count(*) filter (where l.kind in ('TRAINING', 'WEBINAR')) as trainings,
				           count(*) filter (where l.kind = 'CERTIFICATION') as certifications,
				           count(*) filter (where l.direction = 'PARTNER_TO_VENDOR') as partner_initiated
				    from window_links l group by l.partnership_id
				)
				select c.*, g.first_contact, g.last_contact, g.inner_gap
				from counts c left join gaps g on g.partnership_id = c.partnership_id""")
			.param("zone", zone.getId())
			.param("start", calendar.startMonth())
			.param("vendor", programme.vendorId())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("ids", few ? only.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")) : "{}")
			.query(rs -> {
				Timestamp firstContact = rs.getTimestamp("first_contact");
				Timestamp lastContact = rs.getTimestamp("last_contact");
				rows.put(rs.getObject("partnership_id", UUID.class), new Row(rs.getInt("contact_quarters"), rs.getLong("meetings"),
						rs.getLong("executive"), rs.getLong("briefings"), rs.getLong("conferences"), rs.getLong("events"),
						rs.getLong("trainings"), rs.getLong("certifications"), rs.getLong("partner_initiated"),
						firstContact == null ? null : firstContact.toInstant(), lastContact == null ? null : lastContact.toInstant(),
						rs.getObject("inner_gap") == null ? 0 : (long) (rs.getDouble("inner_gap") / 86_400)));
			});
		long channelConferences = jdbc.sql("""
				select count(*) from touchpoint where vendor_id = ? and kind = 'PARTNER_CONFERENCE' and channel_wide
				and occurred_at >= ? and occurred_at < ?""")
			.params(programme.vendorId(), Timestamp.from(from), Timestamp.from(to))
			.query(Long.class).single();
		Map<UUID, PartnershipContact> result = new HashMap<>();
		for (PartnershipEntry entry : partnerships.register(programme.vendorId())) {
			if (!entry.activeDuring(fromDay, toDay) || (only != null && !only.contains(entry.partnershipId()))) {
				continue;
			}
			LocalDate start = entry.since().isAfter(fromDay) ? entry.since() : fromDay;
			LocalDate end = entry.endedOn() != null && entry.endedOn().isBefore(toDay) ? entry.endedOn() : toDay;
			int quarters = 0;
			for (Quarter q = calendar.quarterOf(start); !q.startIn(calendar).isAfter(end); q = q.next()) {
				quarters++;
			}
			Instant windowStart = start.atStartOfDay(zone).toInstant();
			Instant windowEnd = end.plusDays(1).atStartOfDay(zone).toInstant();
			Row row = rows.get(entry.partnershipId());
			if (row == null) {
				result.put(entry.partnershipId(), new PartnershipContact(quarters, 0, days(windowStart, windowEnd), 0, 0, 0,
						channelConferences, 0, 0, 0, 0));
				continue;
			}
			long gap = row.firstContact == null ? days(windowStart, windowEnd)
					: Math.max(row.innerGapDays, Math.max(days(windowStart, row.firstContact), days(row.lastContact, windowEnd)));
			result.put(entry.partnershipId(), new PartnershipContact(quarters, Math.min(row.contactQuarters, quarters), gap,
					row.meetings, row.executive, row.briefings, row.conferences + channelConferences, row.events, row.trainings,
					row.certifications, row.partnerInitiated));
		}
		return result;
	}

	/** The vendor's channel-wide activity over the window. */
	public ChannelActivity channel(VendorProgramme programme, Quarter first, Quarter last) {
		ZoneId zone = programme.timeZone();
		Instant from = first.startIn(programme.calendar()).atStartOfDay(zone).toInstant();
		Instant to = last.next().startIn(programme.calendar()).atStartOfDay(zone).toInstant();
		return jdbc.sql("""
				select count(*) filter (where kind = 'PARTNER_CONFERENCE') as conferences,
				       count(*) filter (where kind = 'PARTNER_CONFERENCE' and paid_for_partners is false) as free_conferences,
				       count(*) filter (where kind = 'PARTNER_CONFERENCE' and press_invited) as press_conferences,
				       count(*) filter (where kind = 'PRESS_BRIEFING') as briefings,
				       count(*) filter (where kind = 'PRESS_INQUIRY') as inquiries,
				       count(*) filter (where kind = 'PRESS_INQUIRY' and answered) as answered,
				       count(distinct floor(((extract(year from occurred_at at time zone :zone) * 12
				                               + extract(month from occurred_at at time zone :zone)) - :start) / 3))
				           filter (where kind in ('PRESS_BRIEFING', 'PRESS_INQUIRY') and seniority in ('CEO', 'EXECUTIVE')
				                   and coalesce(answered, true)) as executive_quarters,
				       count(distinct (lower(title), (occurred_at at time zone :zone)::date))
				           filter (where kind = 'INDEPENDENT_EVENT') as independent_events,
				       count(distinct date_trunc('month', occurred_at at time zone :zone))
				           filter (where kind = 'CHANNEL_MARKETING') as marketing_months
				from touchpoint where vendor_id = :vendor and occurred_at >= :from and occurred_at < :to""")
			.param("zone", zone.getId())
			.param("start", programme.calendar().startMonth())
			.param("vendor", programme.vendorId())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new ChannelActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
			.single();
	}

	private static long days(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toDays());
	}

	private record Row(int contactQuarters, long meetings, long executive, long briefings, long conferences, long events,
			long trainings, long certifications, long partnerInitiated, Instant firstContact, Instant lastContact,
			long innerGapDays) {
	}
}
