package io.rapport.touchpoints;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.RowError;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.identity.UserDirectory;
import io.rapport.organizations.Person;
import io.rapport.touchpoints.CalendarSubscriptionView.SyncResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Published calendars Rapport subscribes to (issue 13): the vendor's calendar, run by the channel
 * chief, or a CAM's own. Each is fetched on a schedule ({@link CalendarPolling}) or when someone
 * presses Sync now, and imported through the calendar import the {@code .ics} upload uses, so a
 * meeting seen twice is stored once.
 *
 * <p>Who sees what: a CAM sees and works only their own calendars; the channel chief runs them all;
 * other vendor people (the executive) read them all. Another vendor's, or a CAM's calendar someone
 * else may not see, answers 404.
 *
 * <p>Design note: one sync of a calendar at a time, across every node. A sync first claims the row
 * with a short lease ({@code claimed_until}) in its own transaction, fetches with no transaction
 * open (a slow server holds no lock), imports, then records what happened and releases the claim.
 * A node that dies mid-sync leaves a claim that lapses when its lease ends.
 */
@Service
public class CalendarSubscriptions {

	private static final Logger log = LoggerFactory.getLogger(CalendarSubscriptions.class);

	/** How many calendars one vendor may subscribe to. */
	public static final int MAX_PER_VENDOR = 50;

	/** The longest address kept. */
	public static final int MAX_URL = 2000;

	/** How long a claim holds: longer than a fetch may take (its read timeout) and the import after it. */
	static final Duration LEASE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final CalendarFetcher fetcher;

	private final TouchpointImports imports;

	private final Touchpoints touchpoints;

	private final UserDirectory users;

	private final ObjectMapper json;

	private final CalendarProperties properties;

	private final Clock clock;

	CalendarSubscriptions(JdbcClient jdbc, CalendarFetcher fetcher, TouchpointImports imports, Touchpoints touchpoints,
			UserDirectory users, ObjectMapper json, CalendarProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.fetcher = fetcher;
		this.imports = imports;
		this.touchpoints = touchpoints;
		this.users = users;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/** The calendars the caller may see, the vendor's first; none for someone who works for no vendor. */
	@Transactional(readOnly = true)
	public List<CalendarSubscriptionView> visible() {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser()) {
			return List.of();
		}
		boolean ownOnly = ownOnly(caller);
		List<Row> rows = jdbc.sql(SELECT + " where vendor_id = :vendor" + (ownOnly ? " and owner_id = :user" : "")
				+ " order by owner_id nulls first, created_at, id")
			.param("vendor", caller.organizationId())
			.param("user", caller.userId())
			.query(this::row)
			.list();
		return views(rows);
	}

	/**
	 * @throws NotFoundException when it is not one the caller may see
	 */
	@Transactional(readOnly = true)
	public CalendarSubscriptionView find(UUID id) {
		return views(List.of(visibleRow(CurrentCaller.get(), id))).get(0);
	}

	/**
	 * Subscribes to a published calendar: the vendor's (no owner; channel chief) or the caller's own
	 * (owner: the caller; anyone who works with partners). {@code webcal://} addresses, as Outlook and
	 * Apple give them, are fetched over https. Nothing is fetched yet: the next poll or Sync now does.
	 * @throws DomainRuleException when the address is no http(s) address, is already subscribed, or the vendor has
	 *         {@link #MAX_PER_VENDOR} already
	 * @throws NotFoundException when the owner is not one of the caller's vendor's people
	 * @throws AccessRefusedException when the owner is someone else
	 */
	@Transactional
	public CalendarSubscriptionView subscribe(String url, UUID ownerId) {
		Caller caller = CurrentCaller.get();
		if (ownerId == null) {
			caller.require(Capability.RUN_PROGRAMME);
		}
		else {
			if (!caller.isVendorUser() || !users.worksFor(ownerId, caller.organizationId())) {
				throw new NotFoundException("user", ownerId);
			}
			if (!ownerId.equals(caller.userId())) {
				throw new AccessRefusedException("touchpoints.calendars.refused.othersCalendar");
			}
			caller.require(Capability.WORK_WITH_PARTNERS);
		}
		UUID vendorId = caller.organizationId();
		String address = normalise(url);
		jdbc.sql("select pg_advisory_xact_lock(hashtext('calendar_subscription:' || ?))").param(vendorId.toString())
			.query().listOfRows();
		long count = jdbc.sql("select count(*) from calendar_subscription where vendor_id = ?").param(vendorId)
			.query(Long.class).single();
		if (count >= MAX_PER_VENDOR) {
			throw DomainRuleException.rule("touchpoints.calendars.rule.tooMany", MAX_PER_VENDOR);
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into calendar_subscription (vendor_id, id, owner_id, url, active, created_at, created_by)
					values (?, ?, ?, ?, true, ?, ?)""")
				.params(vendorId, id, ownerId, address, Timestamp.from(clock.instant()), caller.userId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw DomainRuleException.rule("touchpoints.calendars.rule.duplicate");
		}
		return find(id);
	}

	/**
	 * Ends a subscription; the touchpoints it imported stay. The address is deleted with it.
	 * @throws NotFoundException when it is not one the caller may see
	 */
	@Transactional
	public void remove(UUID id) {
		Caller caller = CurrentCaller.get();
		Row row = visibleRow(caller, id);
		requireManage(caller, row);
		jdbc.sql("delete from calendar_subscription where vendor_id = ? and id = ?").params(row.vendorId, id).update();
	}

	/**
	 * Stops or starts fetching the calendar on the schedule; Sync now still fetches a paused one.
	 * @return the subscription as it now is
	 * @throws NotFoundException when it is not one the caller may see
	 */
	@Transactional
	public CalendarSubscriptionView setActive(UUID id, boolean active) {
		Caller caller = CurrentCaller.get();
		Row row = visibleRow(caller, id);
		requireManage(caller, row);
		jdbc.sql("update calendar_subscription set active = ? where vendor_id = ? and id = ?").params(active, row.vendorId, id)
			.update();
		return find(id);
	}

	/**
	 * Fetches and imports the calendar now.
	 * @return the subscription with what this sync did
	 * @throws NotFoundException when it is not one the caller may see
	 * @throws DomainRuleException when it is being synced already
	 */
	public CalendarSubscriptionView syncNow(UUID id) {
		Caller caller = CurrentCaller.get();
		Row row = visibleRow(caller, id);
		requireManage(caller, row);
		Optional<Claim> claim = claim(row.vendorId, id);
		if (claim.isEmpty()) {
			throw DomainRuleException.rule("touchpoints.calendars.rule.syncing");
		}
		sync(claim.get());
		return find(id);
	}

	/**
	 * Syncs the calendars that are due, one claim at a time, until none is due or {@code limit} are done.
	 * @return how many were synced
	 */
	int pollDue(int limit) {
		int done = 0;
		while (done < limit) {
			Instant now = clock.instant();
			// A calendar synced a little less than an interval ago is due too, so a poll that starts late does not skip it.
			Instant dueBefore = now.minus(properties.pollInterval()).plus(properties.pollInterval().dividedBy(10));
			Optional<Claim> claim = jdbc.sql("""
					update calendar_subscription s set claimed_until = :until
					from (select vendor_id, id from calendar_subscription
					      where active and (claimed_until is null or claimed_until < :now)
					      and (last_sync_at is null or last_sync_at < :dueBefore)
					      order by last_sync_at nulls first limit 1
					      for update skip locked) due
					where s.vendor_id = due.vendor_id and s.id = due.id
					returning s.vendor_id, s.id, s.url, s.etag, s.last_modified, coalesce(s.owner_id, s.created_by)""")
				.param("until", Timestamp.from(now.plus(LEASE)))
				.param("now", Timestamp.from(now))
				.param("dueBefore", Timestamp.from(dueBefore))
				.query(CalendarSubscriptions::claimOf)
				.optional();
			if (claim.isEmpty()) {
				break;
			}
			sync(claim.get());
			done++;
		}
		return done;
	}

	private Optional<Claim> claim(UUID vendorId, UUID id) {
		Instant now = clock.instant();
		return jdbc.sql("""
				update calendar_subscription set claimed_until = :until
				where vendor_id = :vendor and id = :id and (claimed_until is null or claimed_until < :now)
				returning vendor_id, id, url, etag, last_modified, coalesce(owner_id, created_by)""")
			.param("until", Timestamp.from(now.plus(LEASE)))
			.param("now", Timestamp.from(now))
			.param("vendor", vendorId)
			.param("id", id)
			.query(CalendarSubscriptions::claimOf)
			.optional();
	}

	/** Fetches, imports and records the outcome; whatever goes wrong is recorded, never thrown. */
	private void sync(Claim claim) {
		SyncOutcome outcome;
		try {
			outcome = fetchAndImport(claim);
		}
		catch (RuntimeException ex) {
			log.warn("Calendar subscription {} of vendor {} failed to sync", claim.id, claim.vendorId, ex);
			outcome = SyncOutcome.failed(SyncProblem.of("touchpoints.calendars.error.failed"));
		}
		record(claim, outcome);
	}

	private SyncOutcome fetchAndImport(Claim claim) {
		URI uri;
		try {
			uri = new URI(claim.url);
		}
		catch (URISyntaxException ex) {
			return SyncOutcome.failed(SyncProblem.of("touchpoints.calendars.error.url"));
		}
		CalendarFetcher.Fetch fetch = fetcher.fetch(uri, claim.etag, claim.lastModified);
		if (fetch instanceof CalendarFetcher.Failed failed) {
			return SyncOutcome.failed(failed.problem());
		}
		if (fetch instanceof CalendarFetcher.NotModified) {
			return new SyncOutcome(SyncResult.NOT_MODIFIED, null, claim.etag, claim.lastModified, null);
		}
		CalendarFetcher.Fetched fetched = (CalendarFetcher.Fetched) fetch;
		try {
			// As an upload without a range: the last year up to today, in the vendor's zone.
			LocalDate today = LocalDate.now(clock.withZone(touchpoints.zone(claim.vendorId)));
			ImportReport report = imports.importSubscribedCalendar(fetched.file(), claim.vendorId, claim.userId,
					today.minusYears(1), today);
			return new SyncOutcome(SyncResult.IMPORTED, report, fetched.etag(), fetched.lastModified(), null);
		}
		catch (ImportRejectedException ex) {
			return SyncOutcome.failed(problemOf(ex));
		}
		catch (DomainRuleException ex) {
			return SyncOutcome.failed(ex.code() == null ? SyncProblem.of("touchpoints.calendars.error.failed")
					: SyncProblem.of(ex.code(), ex.arguments()));
		}
		finally {
			try {
				Files.deleteIfExists(fetched.file());
			}
			catch (IOException ex) {
				fetched.file().toFile().deleteOnExit();
			}
		}
	}

	private static SyncProblem problemOf(ImportRejectedException ex) {
		if (ex.messageKey() != null) {
			return ex.messageArgument() == null ? SyncProblem.of(ex.messageKey()) : SyncProblem.of(ex.messageKey(), ex.messageArgument());
		}
		for (RowError error : ex.errors()) {
			if (error.code() != null) {
				return SyncProblem.of(error.code(), error.arguments());
			}
		}
		return SyncProblem.of("touchpoints.calendars.error.failed");
	}

	private void record(Claim claim, SyncOutcome outcome) {
		ImportReport report = outcome.report;
		boolean failed = outcome.result == SyncResult.FAILED;
		jdbc.sql("""
				update calendar_subscription
				set last_sync_at = :at, last_result = :result, imported = :imported, updated = :updated,
				    unchanged = :unchanged, skipped = :skipped, error_code = :code, error_arguments = cast(:arguments as jsonb),
				    etag = :etag, last_modified = :lastModified, claimed_until = null
				where vendor_id = :vendor and id = :id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("result", outcome.result.name())
			.param("imported", report == null ? null : (int) (report.accepted() - report.corrected()))
			.param("updated", report == null ? null : (int) report.corrected())
			.param("unchanged", report == null ? null : (int) report.unchanged())
			.param("skipped", report == null ? null : (int) report.skipped())
			.param("code", outcome.problem == null ? null : outcome.problem.code())
			.param("arguments", outcome.problem == null ? null : json.writeValueAsString(outcome.problem.arguments()))
			// A failed sync keeps the validators of the last calendar imported: unchanged since then is still unchanged.
			.param("etag", failed ? claim.etag : validator(outcome.etag, 1000))
			.param("lastModified", failed ? claim.lastModified : validator(outcome.lastModified, 100))
			.param("vendor", claim.vendorId)
			.param("id", claim.id)
			.update();
	}

	/** A validator too long to keep is not kept: the next fetch is then a plain GET. */
	private static String validator(String value, int max) {
		return value == null || value.length() > max ? null : value;
	}

	private Row visibleRow(Caller caller, UUID id) {
		if (!caller.isVendorUser()) {
			throw new NotFoundException("calendar subscription", id);
		}
		Row row = jdbc.sql(SELECT + " where vendor_id = :vendor and id = :id")
			.param("vendor", caller.organizationId())
			.param("id", id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("calendar subscription", id));
		if (ownOnly(caller) && !caller.userId().equals(row.ownerId)) {
			throw new NotFoundException("calendar subscription", id);
		}
		return row;
	}

	/** The chief works every calendar of the vendor; a CAM their own. */
	private static void requireManage(Caller caller, Row row) {
		if (row.ownerId == null || !row.ownerId.equals(caller.userId())) {
			caller.require(Capability.RUN_PROGRAMME);
		}
		else {
			caller.require(Capability.WORK_WITH_PARTNERS);
		}
	}

	/** A CAM (who works with partners but does not run the programme) sees only their own calendars. */
	private static boolean ownOnly(Caller caller) {
		return caller.may(Capability.WORK_WITH_PARTNERS) && !caller.may(Capability.RUN_PROGRAMME);
	}

	/**
	 * The address as it is kept: trimmed, {@code webcal(s)://} read as https, and only an absolute
	 * http or https address with a host.
	 * @throws DomainRuleException otherwise
	 */
	static String normalise(String url) {
		String text = url == null ? "" : url.strip();
		if (text.isEmpty()) {
			throw DomainRuleException.rule("touchpoints.calendars.rule.url");
		}
		if (text.length() > MAX_URL) {
			throw DomainRuleException.rule("touchpoints.calendars.rule.urlTooLong", MAX_URL);
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("webcals://")) {
			text = "https://" + text.substring("webcals://".length());
		}
		else if (lower.startsWith("webcal://")) {
			text = "https://" + text.substring("webcal://".length());
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
				throw DomainRuleException.rule("touchpoints.calendars.rule.url");
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			throw DomainRuleException.rule("touchpoints.calendars.rule.url");
		}
	}

	/** The address with its path, query and anything else secret left out: scheme and host, then an ellipsis. */
	static String mask(String url) {
		try {
			URI uri = new URI(url);
			String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
			return uri.getScheme() + "://" + uri.getHost() + port + "/…";
		}
		catch (URISyntaxException ex) {
			return "…";
		}
	}

	private List<CalendarSubscriptionView> views(List<Row> rows) {
		List<UUID> owners = rows.stream().map(r -> r.ownerId).filter(Objects::nonNull).distinct().toList();
		Map<UUID, Person> people = users.find(owners);
		List<CalendarSubscriptionView> views = new ArrayList<>();
		for (Row r : rows) {
			Person owner = r.ownerId == null ? null : people.get(r.ownerId);
			views.add(new CalendarSubscriptionView(r.id, mask(r.url), r.ownerId, owner == null ? null : owner.name(), r.active,
					r.createdAt, r.lastSyncAt, r.lastResult, r.imported, r.updated, r.unchanged, r.skipped, r.errorCode,
					r.errorArguments));
		}
		return views;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("last_result");
		String arguments = rs.getString("error_arguments");
		List<Object> args = arguments == null ? List.of()
				: json.readValue(arguments, new TypeReference<List<Object>>() {
				}).stream().map(a -> a == null ? (Object) "" : a).toList();
		return new Row(rs.getObject("vendor_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getObject("owner_id", UUID.class), rs.getString("url"), rs.getBoolean("active"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_sync_at")),
				result == null ? null : SyncResult.valueOf(result), integer(rs, "imported"), integer(rs, "updated"),
				integer(rs, "unchanged"), integer(rs, "skipped"), rs.getString("error_code"), args);
	}

	private static Claim claimOf(ResultSet rs, int n) throws SQLException {
		return new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getObject(6, UUID.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static final String SELECT = """
			select vendor_id, id, owner_id, url, active, created_at, last_sync_at, last_result, imported, updated, unchanged,
			       skipped, error_code, error_arguments
			from calendar_subscription""";

	private record Row(UUID vendorId, UUID id, UUID ownerId, String url, boolean active, Instant createdAt,
			Instant lastSyncAt, SyncResult lastResult, Integer imported, Integer updated, Integer unchanged, Integer skipped,
			String errorCode, List<Object> errorArguments) {
	}

	/** A subscription claimed for one sync, with what the sync needs. */
	private record Claim(UUID vendorId, UUID id, String url, String etag, String lastModified, UUID userId) {
	}

	private record SyncOutcome(SyncResult result, ImportReport report, String etag, String lastModified, SyncProblem problem) {

		static SyncOutcome failed(SyncProblem problem) {
			return new SyncOutcome(SyncResult.FAILED, null, null, null, problem);
		}
	}
}
