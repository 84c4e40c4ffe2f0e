package io.rapport.touchpoints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.Quarter;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.VendorProgramme;

/**
 * When the vendor last reached each partnership and when it will next, and who on the vendor's
 * side does the reaching: the CAM's "last and next contact" and the executive's cascade.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipContacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	PartnershipContacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A partnership's vendor-side contacts around now: the latest that happened and the earliest
	 * booked ahead (a meeting already in the calendar); either null where there is none.
	 */
	public record ContactDates(Instant last, Instant next) {
	}

	/**
	 * Touchpoints the vendor's side made toward partners in a quarter, by who made them.
	 *
	 * @param executive made by the CEO or an executive
	 * @param team made by managers and staff, or with no seniority recorded
	 */
	public record SeniorityCount(String quarter, long executive, long team) {
	}

	/** Per partnership of the caller's vendor with any vendor-side contact, its last and next. */
	public Map<UUID, ContactDates> ofVendor(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		Map<UUID, ContactDates> contacts = new HashMap<>();
		jdbc.sql("""
				select partnership_id,
				       max(occurred_at) filter (where occurred_at <= :now) as last_contact,
				       min(occurred_at) filter (where occurred_at > :now) as next_contact
				from touchpoint_partnership
				where vendor_id = :vendor and direction <> 'PARTNER_TO_VENDOR'
				group by partnership_id""")
			.param("vendor", vendorId)
			.param("now", Timestamp.from(clock.instant()))
			.query(rs -> {
				contacts.put(rs.getObject("partnership_id", UUID.class),
						new ContactDates(instant(rs.getTimestamp("last_contact")), instant(rs.getTimestamp("next_contact"))));
			});
		return contacts;
	}

	/** Per fiscal quarter from {@code first} to {@code last}, the vendor side's touchpoints by seniority. */
	public List<SeniorityCount> bySeniority(VendorProgramme programme, Quarter first, Quarter last) {
		CurrentCaller.get().requireOwnVendor(programme.vendorId());
		List<SeniorityCount> counts = new ArrayList<>();
		for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
			Instant from = q.startIn(programme.calendar()).atStartOfDay(programme.timeZone()).toInstant();
			Instant to = q.endIn(programme.calendar()).plusDays(1).atStartOfDay(programme.timeZone()).toInstant();
			String quarter = q.toString();
			counts.add(jdbc.sql("""
					select count(*) filter (where seniority in ('CEO', 'EXECUTIVE')) as executive,
					       count(*) filter (where seniority is null or seniority in ('MANAGER', 'STAFF')) as team
					from touchpoint
					where vendor_id = ? and occurred_at >= ? and occurred_at < ? and direction <> 'PARTNER_TO_VENDOR'""")
				.params(programme.vendorId(), Timestamp.from(from), Timestamp.from(to))
				.query((rs, n) -> new SeniorityCount(quarter, rs.getLong("executive"), rs.getLong("team")))
				.single());
		}
		return counts;
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
