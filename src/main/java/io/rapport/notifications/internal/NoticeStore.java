package io.rapport.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.rapport.notifications.Delivery;
import io.rapport.notifications.Notice;
import io.rapport.notifications.NoticeKind;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The notices and preferences of people, always addressed by the recipient's organisation and user
 * id together, so every statement stays on one organisation's rows.
 */
@Repository
public class NoticeStore {

	private static final String COLUMNS = "id, kind, message_code, arguments::text, link, created_at, read_at, mailed_at";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	NoticeStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The person a notice is for. */
	public record Recipient(UUID organizationId, UUID userId) {
	}

	/**
	 * Keeps a notice unless the person has the same one already.
	 * @return the new notice, or empty when it was there before
	 */
	public Optional<Notice> add(Recipient to, NoticeKind kind, String subject, String code, List<String> arguments, String link,
			Delivery delivery, Instant at) {
		UUID id = UUID.randomUUID();
		int added = jdbc.sql("""
				insert into notification (organization_id, id, user_id, kind, subject, message_code, arguments, link, delivery, created_at)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
				on conflict (organization_id, user_id, kind, subject) do nothing""")
			.params(to.organizationId(), id, to.userId(), kind.name(), subject, code, json.writeValueAsString(arguments), link,
					delivery.name(), Timestamp.from(at))
			.update();
		return added == 0 ? Optional.empty() : Optional.of(new Notice(id, kind, code, arguments, link, at, false, false));
	}

	public long unread(Recipient who) {
		return jdbc.sql("select count(*) from notification where organization_id = ? and user_id = ? and read_at is null")
			.params(who.organizationId(), who.userId()).query(Long.class).single();
	}

	public long total(Recipient who) {
		return jdbc.sql("select count(*) from notification where organization_id = ? and user_id = ?")
			.params(who.organizationId(), who.userId()).query(Long.class).single();
	}

	/** Newest first. */
	public List<Notice> page(Recipient who, long offset, int size) {
		return jdbc.sql("select " + COLUMNS + """
				 from notification where organization_id = ? and user_id = ?
				order by created_at desc, id limit ? offset ?""")
			.params(who.organizationId(), who.userId(), size, offset).query(this::notice).list();
	}

	public Optional<Notice> find(Recipient who, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from notification where organization_id = ? and user_id = ? and id = ?")
			.params(who.organizationId(), who.userId(), id).query(this::notice).optional();
	}

	/** @return whether the person has the notice (read before or not) */
	public boolean markRead(Recipient who, UUID id, Instant at) {
		if (find(who, id).isEmpty()) {
			return false;
		}
		jdbc.sql("update notification set read_at = ? where organization_id = ? and user_id = ? and id = ? and read_at is null")
			.params(Timestamp.from(at), who.organizationId(), who.userId(), id).update();
		return true;
	}

	/** @return how many were unread */
	public int markAllRead(Recipient who, Instant at) {
		return jdbc.sql("update notification set read_at = ? where organization_id = ? and user_id = ? and read_at is null")
			.params(Timestamp.from(at), who.organizationId(), who.userId()).update();
	}

	public void mailed(Recipient who, List<UUID> ids, Instant at) {
		for (UUID id : ids) {
			jdbc.sql("update notification set mailed_at = ? where organization_id = ? and user_id = ? and id = ?")
				.params(Timestamp.from(at), who.organizationId(), who.userId(), id).update();
		}
	}

	/** Every kind with the person's choice; INBOX where they chose nothing. */
	public Map<NoticeKind, Delivery> preferences(Recipient who) {
		Map<NoticeKind, Delivery> chosen = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			chosen.put(kind, Delivery.INBOX);
		}
		jdbc.sql("select kind, delivery from notification_preference where organization_id = ? and user_id = ?")
			.params(who.organizationId(), who.userId())
			.query(rs -> {
				chosen.put(NoticeKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2)));
			});
		return chosen;
	}

	public Delivery preference(Recipient who, NoticeKind kind) {
		return jdbc.sql("select delivery from notification_preference where organization_id = ? and user_id = ? and kind = ?")
			.params(who.organizationId(), who.userId(), kind.name()).query(String.class).optional().map(Delivery::valueOf)
			.orElse(Delivery.INBOX);
	}

	public void choose(Recipient who, Map<NoticeKind, Delivery> choices) {
		choices.forEach((kind, delivery) -> jdbc.sql("""
				insert into notification_preference (organization_id, user_id, kind, delivery) values (?, ?, ?, ?)
				on conflict (organization_id, user_id, kind) do update set delivery = excluded.delivery""")
			.params(who.organizationId(), who.userId(), kind.name(), delivery.name()).update());
	}

	/** The people with digest notices not mailed yet. */
	public List<Recipient> awaitingDigest() {
		return jdbc.sql("""
				select distinct organization_id, user_id from notification where delivery = 'DIGEST' and mailed_at is null""")
			.query((rs, n) -> new Recipient(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
	}

	/** The person's digest notices not mailed yet, oldest first. */
	public List<Notice> forDigest(Recipient who) {
		return jdbc.sql("select " + COLUMNS + """
				 from notification where organization_id = ? and user_id = ? and delivery = 'DIGEST' and mailed_at is null
				order by created_at, id""")
			.params(who.organizationId(), who.userId()).query(this::notice).list();
	}

	/**
	 * Claims the person's digest for the week (the claim commits with the caller's transaction).
	 * @return false when it was claimed before
	 */
	public boolean claimDigest(Recipient who, LocalDate weekOf, int notices, Instant at) {
		return jdbc.sql("""
				insert into notification_digest (organization_id, user_id, week_of, sent_at, notices) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(who.organizationId(), who.userId(), java.sql.Date.valueOf(weekOf), Timestamp.from(at), notices)
			.update() == 1;
	}

	private Notice notice(ResultSet rs, int row) throws SQLException {
		List<String> arguments = json.readValue(rs.getString(4), new TypeReference<List<String>>() {
		});
		return new Notice(rs.getObject(1, UUID.class), NoticeKind.valueOf(rs.getString(2)), rs.getString(3), arguments,
				rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) != null, rs.getTimestamp(8) != null);
	}
}
