package io.rapport.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

/**
 * Support figures over the cases opened in a period: median and 90th-percentile minutes to a first
 * response and to a resolution, shares within the vendor's targets, the share of phone cases
 * solved on the first call and the backlog left open at the period's end — in one pass, per
 * partnership and in total. Days are the vendor's.
 */
@Service
@Transactional(readOnly = true)
public class SupportMetrics {

	private final JdbcClient jdbc;

	private final SupportTargets targets;

	private final VendorProgrammes programmes;

	private final PartnershipQueries partnerships;

	private final Clock clock;

	SupportMetrics(JdbcClient jdbc, SupportTargets targets, VendorProgrammes programmes, PartnershipQueries partnerships,
			Clock clock) {
		this.clock = clock;
		this.partnerships = partnerships;
		this.jdbc = jdbc;
		this.targets = targets;
		this.programmes = programmes;
	}

	/** The vendor's figures; without dates, the year up to today. */
	public SupportMetricsView of(UUID vendorId, LocalDate from, LocalDate to) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		LocalDate end = to == null ? LocalDate.now(programme.timeZone()) : to;
		LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
		if (start.isAfter(end)) {
			throw DomainRuleException.rule("support.rule.periodReversed", start, end);
		}
		Map<Severity, SupportTarget> promised = targets.ofUnscoped(vendorId);
		Map<UUID, SupportFigures> figures = figures(programme, start, end, null, true, promised);
		SupportFigures total = figures.remove(null);
		List<SupportFigures> partnerships = new ArrayList<>(figures.values());
		partnerships.sort(Comparator.comparing(SupportFigures::partnerName, Comparator.nullsLast(Comparator.naturalOrder())));
		return new SupportMetricsView(vendorId, start, end, total, partnerships, List.copyOf(promised.values()));
	}

	/**
	 * Figures per partnership (key null: all together), over cases opened from the first to the last
	 * day inclusive. Unscoped: for the engagement indicators and for {@link #of}.
	 * @param only the partnerships to count, or null for every one
	 * @param shown whether the figures are for people (partner names and the backlog) or only for the indicators,
	 *        which an engagement recompute asks for and which need neither
	 */
	Map<UUID, SupportFigures> figures(VendorProgramme programme, LocalDate first, LocalDate last, Set<UUID> only,
			boolean shown) {
		return figures(programme, first, last, only, shown, targets.ofUnscoped(programme.vendorId()));
	}

	private Map<UUID, SupportFigures> figures(VendorProgramme programme, LocalDate first, LocalDate last, Set<UUID> only,
			boolean shown, Map<Severity, SupportTarget> promised) {
		ZoneId zone = programme.timeZone();
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
		Instant now = Instant.now(clock);
		Map<String, Object> params = new HashMap<>();
		params.put("vendor", programme.vendorId());
		params.put("from", Timestamp.from(from));
		params.put("to", Timestamp.from(to));
		params.put("now", Timestamp.from(now.isBefore(to) ? now : to));
		StringBuilder values = new StringBuilder();
		for (Severity severity : Severity.values()) {
			String s = severity.name().toLowerCase(java.util.Locale.ROOT);
			values.append(values.isEmpty() ? "" : ", ").append("(cast(:").append(s).append(" as text), :").append(s)
				.append("Response, :").append(s).append("Resolution)");
			params.put(s, severity.name());
			params.put(s + "Response", promised.get(severity).firstResponseMinutes());
			params.put(s + "Resolution", promised.get(severity).resolutionMinutes());
		}
		String narrowed = "";
		if (only != null) {
			narrowed = " and c.partnership_id = any(cast(:only as uuid[]))";
			params.put("only", only.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")));
		}
		Map<UUID, SupportFigures> result = new HashMap<>();
		jdbc.sql("""
				with t(severity, response, resolution) as (values %s),
				timed as (
				    select c.partnership_id, c.channel, c.resolved_on_first_call, c.first_response_at, c.resolved_at,
				           extract(epoch from c.first_response_at - c.opened_at) / 60 as response_minutes,
				           extract(epoch from c.resolved_at - c.opened_at) / 60 as resolution_minutes,
				           extract(epoch from :now - c.opened_at) / 60 as waiting_minutes, t.response, t.resolution
				    from support_case c join t on t.severity = c.severity
				    where c.vendor_id = :vendor and c.opened_at >= :from and c.opened_at < :to%s
				)
				select partnership_id, grouping(partnership_id) as everyone, count(*) as cases,
				       percentile_cont(0.5) within group (order by response_minutes) as response_median,
				       percentile_cont(0.9) within group (order by response_minutes) as response_p90,
				       percentile_cont(0.5) within group (order by resolution_minutes) as resolution_median,
				       percentile_cont(0.9) within group (order by resolution_minutes) as resolution_p90,
				       count(*) filter (where response_minutes <= response) as responses_in_time,
				       -- A case answered, or waiting past its target, has been judged; one still within it has not.
				       count(*) filter (where first_response_at is not null or waiting_minutes > response) as responses_due,
				       count(*) filter (where resolution_minutes <= resolution) as resolutions_in_time,
				       count(*) filter (where resolved_at is not null or waiting_minutes > resolution) as resolutions_due,
				       count(*) filter (where channel = 'PHONE') as phone_cases,
				       count(*) filter (where channel = 'PHONE' and resolved_on_first_call) as first_call,
				       count(*) filter (where channel = 'PHONE' and resolved_at is not null) as phone_resolved
				from timed group by grouping sets ((partnership_id), ())""".formatted(values, narrowed))
			.params(params)
			.query(rs -> {
				UUID id = rs.getInt("everyone") == 1 ? null : rs.getObject("partnership_id", UUID.class);
				result.put(id, figures(rs, id));
			});
		if (!shown) {
			return result;
		}
		// The backlog at the period's end counts every case open then, opened in the period or before it.
		Map<UUID, Long> backlog = new HashMap<>();
		jdbc.sql("""
				select partnership_id, grouping(partnership_id) as everyone, count(*) from support_case c
				where c.vendor_id = :vendor and c.opened_at < :to and (c.resolved_at is null or c.resolved_at >= :to)%s
				group by grouping sets ((partnership_id), ())""".formatted(narrowed))
			.params(params)
			.query(rs -> {
				backlog.put(rs.getInt("everyone") == 1 ? null : rs.getObject("partnership_id", UUID.class), rs.getLong(3));
			});
		Map<UUID, String> names = partnerNames(programme.vendorId());
		Map<UUID, SupportFigures> named = new HashMap<>();
		java.util.Set<UUID> keys = new java.util.HashSet<>(result.keySet());
		keys.addAll(backlog.keySet());
		keys.add(null);
		for (UUID id : keys) {
			SupportFigures f = result.getOrDefault(id, new SupportFigures(id, null, 0, null, null, null, null, null, null, 0L, null, 0));
			named.put(id, new SupportFigures(id, id == null ? null : names.get(id), f.cases(), f.firstResponseMedianMinutes(),
					f.firstResponseP90Minutes(), f.resolutionMedianMinutes(), f.resolutionP90Minutes(),
					f.firstResponseWithinTarget(), f.resolutionWithinTarget(), f.phoneCases(), f.phoneFirstCallResolution(),
					backlog.getOrDefault(id, 0L)));
		}
		return named;
	}

	private Map<UUID, String> partnerNames(UUID vendorId) {
		Map<UUID, String> names = new HashMap<>();
		partnerships.register(vendorId).forEach(entry -> names.put(entry.partnershipId(), entry.partnerName()));
		return names;
	}

	private static SupportFigures figures(ResultSet rs, UUID id) throws SQLException {
		long phone = rs.getLong("phone_cases");
		long phoneResolved = rs.getLong("phone_resolved");
		return new SupportFigures(id, null, rs.getLong("cases"), minutes(rs, "response_median"), minutes(rs, "response_p90"),
				minutes(rs, "resolution_median"), minutes(rs, "resolution_p90"),
				share(rs.getLong("responses_in_time"), rs.getLong("responses_due")),
				share(rs.getLong("resolutions_in_time"), rs.getLong("resolutions_due")), phone,
				share(rs.getLong("first_call"), phoneResolved), 0);
	}

	private static Double minutes(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 10) / 10d;
	}

	private static Double share(long part, long whole) {
		return whole == 0 ? null : Math.round(10_000d * part / whole) / 10_000d;
	}
}
