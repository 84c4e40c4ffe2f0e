package io.rapport.touchpoints;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per partnership of a vendor, as of a day: the last direct contact from the vendor, attendance at
 * trainings and events in two windows, and the last certification — in one pass over the narrow
 * link table. Only what happened up to that day counts, so a past day can be replayed. Unscoped:
 * callers check the caller's right to the vendor, or compute for it in the background.
 */
@Service
@Transactional(readOnly = true)
public class TouchpointActivity {

	private final JdbcClient jdbc;

	TouchpointActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param since how far back to look for contacts and certifications
	 * @param baselineFrom the first day of the baseline window for attendance, which runs to {@code recentFrom}
	 * @param recentFrom the first day of the recent window, which runs to {@code asOf}
	 * @return partnerships with any such touchpoint in the look-back; others have none
	 */
	public Map<UUID, PartnershipActivity> asOf(UUID vendorId, ZoneId zone, LocalDate since, LocalDate baselineFrom,
			LocalDate recentFrom, LocalDate asOf) {
		Map<UUID, PartnershipActivity> activity = new HashMap<>();
		jdbc.sql("""
				select partnership_id,
				       max(occurred_at) filter (where kind in ('CAM_MEETING', 'KEY_PARTNER_MEETING', 'EXECUTIVE_MEETING')
				                                  and direction <> 'PARTNER_TO_VENDOR') as last_contact,
				       count(*) filter (where kind in ('TRAINING', 'WEBINAR', 'PARTNER_CONFERENCE', 'INDEPENDENT_EVENT')
				                          and occurred_at >= :baseline and occurred_at < :recent) as attended_before,
				       count(*) filter (where kind in ('TRAINING', 'WEBINAR', 'PARTNER_CONFERENCE', 'INDEPENDENT_EVENT')
				                          and occurred_at >= :recent) as attended_recently,
				       max(occurred_at) filter (where kind = 'CERTIFICATION') as last_certification
				from touchpoint_partnership
				where vendor_id = :vendor and occurred_at >= :since and occurred_at < :until
				  and kind in ('CAM_MEETING', 'KEY_PARTNER_MEETING', 'EXECUTIVE_MEETING', 'TRAINING', 'WEBINAR',
				               'PARTNER_CONFERENCE', 'INDEPENDENT_EVENT', 'CERTIFICATION')
				group by partnership_id""")
			.param("vendor", vendorId)
			.param("since", start(since, zone))
			.param("baseline", start(baselineFrom, zone))
			.param("recent", start(recentFrom, zone))
			.param("until", start(asOf.plusDays(1), zone))
			.query(rs -> {
				activity.put(rs.getObject("partnership_id", UUID.class),
						new PartnershipActivity(day(rs.getTimestamp("last_contact"), zone), rs.getInt("attended_before"),
								rs.getInt("attended_recently"), day(rs.getTimestamp("last_certification"), zone)));
			});
		return activity;
	}

	private static Timestamp start(LocalDate day, ZoneId zone) {
		return Timestamp.from(day.atStartOfDay(zone).toInstant());
	}

	private static LocalDate day(Timestamp at, ZoneId zone) {
		return at == null ? null : at.toInstant().atZone(zone).toLocalDate();
	}
}
