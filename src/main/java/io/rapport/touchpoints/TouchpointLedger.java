package io.rapport.touchpoints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.identity.Seniority;

/**
 * Stores touchpoints and the partnerships they reached. A touchpoint with an external id is
 * stored once per vendor: a repeat with the same values changes nothing, one with other values
 * replaces them.
 */
@Component
class TouchpointLedger {

	enum Outcome {
		ADDED, CORRECTED, UNCHANGED
	}

	private final JdbcClient jdbc;

	TouchpointLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Saved(UUID id, Outcome outcome) {
	}

	Saved save(UUID vendorId, Touchpoint touchpoint, UUID recordedBy) {
		Optional<Stored> existing = touchpoint.externalId() == null ? Optional.empty()
				: find(vendorId, touchpoint.externalId());
		if (existing.isPresent()) {
			Stored stored = existing.get();
			if (touchpoint.sameAs(stored.touchpoint())) {
				return new Saved(stored.id(), Outcome.UNCHANGED);
			}
			jdbc.sql("""
					update touchpoint set kind = ?, type_code = ?, occurred_at = ?, title = ?, direction = ?, channel_wide = ?,
					    seniority = ?, source = ?, paid_for_partners = ?, press_invited = ?, answered = ?, days_to_answer = ?,
					    recorded_at = now(), recorded_by = ?
					where id = ?""")
				.params(touchpoint.kind().name(), touchpoint.typeCode(), Timestamp.from(touchpoint.occurredAt()),
						touchpoint.title(), touchpoint.direction().name(), touchpoint.channelWide(), name(touchpoint.seniority()),
						touchpoint.source().name(), touchpoint.paidForPartners(), touchpoint.pressInvited(),
						touchpoint.answered(), touchpoint.daysToAnswer(), recordedBy, stored.id())
				.update();
			jdbc.sql("delete from touchpoint_partnership where touchpoint_id = ?").param(stored.id()).update();
			link(vendorId, stored.id(), touchpoint);
			return new Saved(stored.id(), Outcome.CORRECTED);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into touchpoint (id, vendor_id, kind, type_code, occurred_at, title, direction, channel_wide, seniority,
				    source, external_id, paid_for_partners, press_invited, answered, days_to_answer, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, vendorId, touchpoint.kind().name(), touchpoint.typeCode(), Timestamp.from(touchpoint.occurredAt()),
					touchpoint.title(), touchpoint.direction().name(), touchpoint.channelWide(), name(touchpoint.seniority()),
					touchpoint.source().name(), touchpoint.externalId(), touchpoint.paidForPartners(),
					touchpoint.pressInvited(), touchpoint.answered(), touchpoint.daysToAnswer(), recordedBy)
			.update();
		link(vendorId, id, touchpoint);
		return new Saved(id, Outcome.ADDED);
	}

	private void link(UUID vendorId, UUID id, Touchpoint touchpoint) {
		for (UUID partnershipId : touchpoint.partnershipIds()) {
			jdbc.sql("""
					insert into touchpoint_partnership (touchpoint_id, partnership_id, vendor_id, occurred_at, kind, direction,
					    seniority) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, partnershipId, vendorId, Timestamp.from(touchpoint.occurredAt()), touchpoint.kind().name(),
						touchpoint.direction().name(), name(touchpoint.seniority()))
				.update();
		}
	}

	private Optional<Stored> find(UUID vendorId, String externalId) {
		return jdbc.sql("""
				select t.*, coalesce((select array_agg(l.partnership_id) from touchpoint_partnership l
				                      where l.touchpoint_id = t.id), '{}') as partnerships
				from touchpoint t where t.vendor_id = ? and t.external_id = ?""")
			.params(vendorId, externalId)
			.query(TouchpointLedger::stored)
			.optional();
	}

	record Stored(UUID id, Touchpoint touchpoint) {
	}

	static Stored stored(ResultSet rs, int n) throws SQLException {
		Set<UUID> partnerships = Arrays.stream((Object[]) rs.getArray("partnerships").getArray())
			.map(o -> (UUID) o)
			.collect(Collectors.toCollection(HashSet::new));
		String seniority = rs.getString("seniority");
		return new Stored(rs.getObject("id", UUID.class),
				new Touchpoint(TouchpointKind.valueOf(rs.getString("kind")), rs.getString("type_code"),
						rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("title"),
						Direction.valueOf(rs.getString("direction")), Set.copyOf(partnerships),
						seniority == null ? null : Seniority.valueOf(seniority),
						TouchpointSource.valueOf(rs.getString("source")), rs.getString("external_id"),
						(Boolean) rs.getObject("paid_for_partners"), (Boolean) rs.getObject("press_invited"),
						(Boolean) rs.getObject("answered"), (Integer) rs.getObject("days_to_answer")));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
