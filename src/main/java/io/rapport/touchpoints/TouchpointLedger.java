package io.rapport.touchpoints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.common.db.CopyWriter;
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

	private static final String STAGE_COLUMNS = "id, external_id, kind, type_code, occurred_at, title, direction, "
			+ "channel_wide, seniority, source, paid_for_partners, press_invited, answered, days_to_answer, partnerships";

	private static final String STORED_COLUMNS = "external_id, kind, type_code, occurred_at, title, direction, channel_wide, "
			+ "seniority, source, paid_for_partners, press_invited, answered, days_to_answer";

	private static final String COMPARED_COLUMNS = "kind, type_code, occurred_at, title, direction, channel_wide, seniority, "
			+ "paid_for_partners, press_invited, answered, days_to_answer";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	TouchpointLedger(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** @param earliest the touchpoint's time, or its former time when that was earlier; null when unchanged */
	record Saved(UUID id, Outcome outcome, Instant earliest) {
	}

	Saved save(UUID vendorId, Touchpoint touchpoint, UUID recordedBy) {
		Optional<Stored> existing = touchpoint.externalId() == null ? Optional.empty()
				: find(vendorId, touchpoint.externalId());
		if (existing.isPresent()) {
			Stored stored = existing.get();
			if (touchpoint.sameAs(stored.touchpoint())) {
				return new Saved(stored.id(), Outcome.UNCHANGED, null);
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
			Instant before = stored.touchpoint().occurredAt();
			return new Saved(stored.id(), Outcome.CORRECTED,
					before.isBefore(touchpoint.occurredAt()) ? before : touchpoint.occurredAt());
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
		return new Saved(id, Outcome.ADDED, touchpoint.occurredAt());
	}

	/** The vendor's touchpoint, its row locked until the transaction ends; empty when the vendor has none of that id. */
	Optional<Stored> lock(UUID vendorId, UUID id) {
		return jdbc.sql("""
				select t.*, coalesce((select array_agg(l.partnership_id) from touchpoint_partnership l
				                      where l.touchpoint_id = t.id), '{}') as partnerships
				from touchpoint t where t.vendor_id = ? and t.id = ? for update of t""")
			.params(vendorId, id)
			.query(TouchpointLedger::stored)
			.optional();
	}

	/** Whether another of the vendor's touchpoints holds the external id. */
	boolean externalIdTaken(UUID vendorId, String externalId, UUID except) {
		return jdbc.sql("select exists (select 1 from touchpoint where vendor_id = ? and external_id = ? and id <> ?)")
			.params(vendorId, externalId, except).query(Boolean.class).single();
	}

	/** Replaces a stored touchpoint's values and the partnerships it reached (a correction made by a person). */
	void replace(UUID vendorId, UUID id, Touchpoint touchpoint, UUID recordedBy) {
		jdbc.sql("""
				update touchpoint set kind = ?, type_code = ?, occurred_at = ?, title = ?, direction = ?, channel_wide = ?,
				    seniority = ?, external_id = ?, paid_for_partners = ?, press_invited = ?, answered = ?, days_to_answer = ?,
				    recorded_at = now(), recorded_by = ?
				where id = ? and vendor_id = ?""")
			.params(touchpoint.kind().name(), touchpoint.typeCode(), Timestamp.from(touchpoint.occurredAt()),
					touchpoint.title(), touchpoint.direction().name(), touchpoint.channelWide(), name(touchpoint.seniority()),
					touchpoint.externalId(), touchpoint.paidForPartners(), touchpoint.pressInvited(), touchpoint.answered(),
					touchpoint.daysToAnswer(), recordedBy, id, vendorId)
			.update();
		jdbc.sql("delete from touchpoint_partnership where touchpoint_id = ? and vendor_id = ?").params(id, vendorId).update();
		link(vendorId, id, touchpoint);
	}

	/** Opens a staging table and a COPY into it on the transaction's connection, for a whole file at once. */
	Stage open() {
		jdbc.sql("""
				create temp table touchpoint_stage (
				    id uuid, external_id text, kind text, type_code text, occurred_at timestamptz, title text, direction text,
				    channel_wide boolean, seniority text, source text, paid_for_partners boolean, press_invited boolean,
				    answered boolean, days_to_answer integer, partnerships uuid[]
				) on commit drop""").update();
		return new Stage(CopyWriter.open(dataSource, "touchpoint_stage", STAGE_COLUMNS));
	}

	/**
	 * Merges the staged touchpoints into the vendor's: new external ids are inserted with their
	 * links, known ones with other values (or other partnerships) are updated and relinked, the
	 * rest are unchanged. Set-based, so a file of millions of rows costs a few statements.
	 */
	Merge merge(UUID vendorId, UUID userId, long staged) {
		jdbc.sql("set local work_mem = '256MB'").update();
		jdbc.sql("analyze touchpoint_stage").update();
		long added = jdbc.sql("""
				with added as (
				    insert into touchpoint (id, vendor_id, %s, recorded_by)
				    select s.id, :vendor, %s, :user from touchpoint_stage s
				    on conflict (vendor_id, external_id) do nothing
				    returning 1
				)
				select count(*) from added""".formatted(STORED_COLUMNS, prefixed("s", STORED_COLUMNS)))
			.param("vendor", vendorId).param("user", userId).query(Long.class).single();
		// Fresh ids were staged: a staged row whose id is now stored was inserted just now.
		String onlyAdded = added == staged ? "" : " where exists (select 1 from touchpoint t where t.id = s.id)";
		jdbc.sql("""
				insert into touchpoint_partnership (touchpoint_id, partnership_id, vendor_id, occurred_at, kind, direction, seniority)
				select s.id, p.partnership_id, :vendor, s.occurred_at, s.kind, s.direction, s.seniority
				from touchpoint_stage s cross join unnest(s.partnerships) as p(partnership_id)""" + onlyAdded)
			.param("vendor", vendorId).update();
		Instant[] earliest = { jdbc.sql("select min(occurred_at) from touchpoint_stage").query(Timestamp.class).optional()
			.map(Timestamp::toInstant).orElse(null) };
		long corrected = added == staged ? 0 : correct(vendorId, userId, earliest);
		jdbc.sql("drop table touchpoint_stage").update();
		return new Merge(added, corrected, staged - added - corrected, earliest[0]);
	}

	private long correct(UUID vendorId, UUID userId, Instant[] earliest) {
		jdbc.sql("""
				create temp table touchpoint_changed on commit drop as
				select t.id as touchpoint_id, s.* from touchpoint_stage s
				join touchpoint t on t.vendor_id = :vendor and t.external_id = s.external_id and t.id <> s.id
				where (%s) is distinct from (%s)
				   or coalesce((select array_agg(l.partnership_id order by l.partnership_id) from touchpoint_partnership l
				                where l.touchpoint_id = t.id), '{}')
				      is distinct from coalesce(array(select p from unnest(s.partnerships) p order by p), '{}')"""
			.formatted(prefixed("t", COMPARED_COLUMNS), prefixed("s", COMPARED_COLUMNS)))
			.param("vendor", vendorId).update();
		// A touchpoint moved to a later day changed the quarter it left as well.
		jdbc.sql("select min(t.occurred_at) from touchpoint t join touchpoint_changed c on c.touchpoint_id = t.id")
			.query(Timestamp.class).optional().map(Timestamp::toInstant)
			.filter(before -> earliest[0] == null || before.isBefore(earliest[0]))
			.ifPresent(before -> earliest[0] = before);
		long corrected = jdbc.sql("""
				update touchpoint t set kind = c.kind, type_code = c.type_code, occurred_at = c.occurred_at, title = c.title,
				    direction = c.direction, channel_wide = c.channel_wide, seniority = c.seniority, source = c.source,
				    paid_for_partners = c.paid_for_partners, press_invited = c.press_invited, answered = c.answered,
				    days_to_answer = c.days_to_answer, recorded_at = now(), recorded_by = :user
				from touchpoint_changed c where t.id = c.touchpoint_id""").param("user", userId).update();

		if (corrected > 0) {
			jdbc.sql("delete from touchpoint_partnership l using touchpoint_changed c where l.touchpoint_id = c.touchpoint_id")
				.update();
			jdbc.sql("""
					insert into touchpoint_partnership (touchpoint_id, partnership_id, vendor_id, occurred_at, kind, direction, seniority)
					select c.touchpoint_id, p.partnership_id, :vendor, c.occurred_at, c.kind, c.direction, c.seniority
					from touchpoint_changed c cross join unnest(c.partnerships) as p(partnership_id)""")
				.param("vendor", vendorId).update();
		}
		jdbc.sql("drop table touchpoint_changed").update();
		return corrected;
	}

	private static String prefixed(String alias, String columns) {
		return alias + "." + columns.replace(", ", ", " + alias + ".");
	}

	/** @param earliest the earliest time among the file's touchpoints and the corrected ones' former times */
	record Merge(long added, long corrected, long unchanged, Instant earliest) {
	}

	/** A COPY into the staging table, fed touchpoint by touchpoint. */
	static final class Stage {

		private final CopyWriter copy;

		Stage(CopyWriter copy) {
			this.copy = copy;
		}

		void add(Touchpoint t) {
			StringBuilder partnerships = new StringBuilder("{");
			t.partnershipIds().forEach(id -> partnerships.append(partnerships.length() > 1 ? "," : "").append(id));
			partnerships.append('}');
			copy.field(UUID.randomUUID()).field(t.externalId()).field(t.kind().name()).field(t.typeCode())
				.field(t.occurredAt()).field(t.title()).field(t.direction().name()).field(t.channelWide())
				.field(name(t.seniority())).field(t.source().name()).field(t.paidForPartners()).field(t.pressInvited())
				.field(t.answered()).field(t.daysToAnswer()).field(partnerships)
				.endRow();
		}

		long rows() {
			return copy.rows();
		}

		void finish() {
			copy.finish();
		}

		void cancel() {
			copy.cancel();
		}
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
