package io.rapport.sales;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days each partnership of a vendor sold on, for models of repeat buying. Unscoped: callers
 * check the caller's right to the vendor, or compute for the vendor in the background.
 */
@Service
@Transactional(readOnly = true)
public class SalesHistory {

	private final JdbcClient jdbc;

	SalesHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each partnership's distinct closing days up to and including {@code until}, oldest first. */
	public Map<UUID, List<LocalDate>> sellingDays(UUID vendorId, LocalDate until) {
		Map<UUID, List<LocalDate>> days = new HashMap<>();
		jdbc.sql("""
				select partnership_id, closed_on from sales_line where vendor_id = ? and closed_on <= ?
				group by partnership_id, closed_on order by partnership_id, closed_on""")
			.params(vendorId, Date.valueOf(until))
			.query(rs -> {
				days.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getDate(2).toLocalDate());
			});
		return days;
	}

	/** One partnership's distinct closing days up to and including {@code until}, oldest first. */
	public List<LocalDate> sellingDays(UUID vendorId, UUID partnershipId, LocalDate until) {
		return jdbc.sql("""
				select distinct closed_on from sales_line where vendor_id = ? and partnership_id = ? and closed_on <= ?
				order by closed_on""")
			.params(vendorId, partnershipId, Date.valueOf(until))
			.query(LocalDate.class).list();
	}

	/**
	 * The distinct closing days of the given partnerships, of whatever vendor, between the two days
	 * inclusive, oldest first. For shares of a partner's activity; never shown per other vendor.
	 */
	public Map<UUID, List<LocalDate>> sellingDays(Collection<UUID> partnershipIds, LocalDate from, LocalDate until) {
		Map<UUID, List<LocalDate>> days = new HashMap<>();
		if (partnershipIds.isEmpty()) {
			return days;
		}
		jdbc.sql("""
				select partnership_id, closed_on from sales_line
				where partnership_id = any(cast(? as uuid[])) and closed_on between ? and ?
				group by partnership_id, closed_on order by partnership_id, closed_on""")
			.params(partnershipIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")), Date.valueOf(from),
					Date.valueOf(until))
			.query(rs -> {
				days.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getDate(2).toLocalDate());
			});
		return days;
	}
}
