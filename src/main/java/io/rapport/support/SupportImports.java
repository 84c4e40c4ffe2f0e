package io.rapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.DomainRuleException;
import io.rapport.common.EventDates;
import io.rapport.common.db.CopyWriter;
import io.rapport.common.imports.ImportKind;
import io.rapport.common.imports.ImportOutcomes;
import io.rapport.common.imports.ImportLocks;
import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.Rejections;
import io.rapport.common.imports.RowError;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnerMatcher;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.support.importing.SupportFileReader;

/**
 * Imports a helpdesk's export of support cases into the caller's vendor, all or nothing: any bad
 * row rejects the file with every bad row's line, column and reason. Rows carry the helpdesk's
 * ticket ids, so importing a file again changes nothing and a row with other values (a ticket
 * answered or closed since) updates its case. Rows go to a staging table with COPY and are merged
 * in one statement.
 */
@Service
public class SupportImports {

	private static final String COLUMNS = "external_id, partnership_id, partner_id, channel, severity, subject, opened_at, "
			+ "first_response_at, resolved_at, resolved_on_first_call";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ImportLocks locks;

	private final ImportOutcomes outcomes;

	private final Clock clock;

	SupportImports(JdbcClient jdbc, DataSource dataSource, PartnershipQueries partnerships, VendorProgrammes programmes,
			TransactionTemplate transactions, ApplicationEventPublisher events, ImportLocks locks, Clock clock, ImportOutcomes outcomes) {
		this.outcomes = outcomes;
		this.clock = clock;
		this.locks = locks;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * @throws ImportRejectedException when any row is rejected; nothing is stored
	 * @throws AccessDeniedException for anyone but the vendor's channel team
	 */
	public ImportReport importFile(Path file, boolean dryRun) {
		return outcomes.told(ImportKind.SUPPORT_CASES, dryRun, () -> importFileUntold(file, dryRun));
	}

	private ImportReport importFileUntold(Path file, boolean dryRun) {
		Caller caller = CurrentCaller.get();
		if (!caller.inChannelTeamOf(caller.organizationId())) {
			throw new AccessRefusedException("support.refused.import");
		}
		UUID vendorId = caller.organizationId();
		VendorProgramme programme = programmes.find(vendorId).orElseThrow();
		return transactions.execute(status -> {
			// A surrounding transaction (the demo's) may import several files: each starts from an empty stage.
			jdbc.sql("drop table if exists support_stage").update();
			jdbc.sql("""
					create temp table support_stage (external_id text, partnership_id uuid, partner_id uuid, channel text, severity text,
					    subject text, opened_at timestamptz, first_response_at timestamptz, resolved_at timestamptz,
					    resolved_on_first_call boolean) on commit drop""").update();
			// The register first: while the COPY runs, its connection can answer no other query.
			PartnerMatcher matcher = new PartnerMatcher(partnerships.register(vendorId));
			CopyWriter copy = CopyWriter.open(dataSource, "support_stage", COLUMNS);
			Rejections rejections = new Rejections();
			try {
				Instant now = Instant.now(clock);
				SupportFileReader.read(file, programme.timeZone(), row -> {
					List<RowError> dates = new ArrayList<>(0);
					EventDates.refusal(row.openedAt().toInstant(), now).ifPresent(r -> dates.add(RowError.of(row.line(), "opened_at",
							"dates.problem." + r.name(), row.openedAt(), EventDates.EARLIEST)));
					if (row.firstResponseAt() != null) {
						EventDates.refusal(row.firstResponseAt().toInstant(), now).ifPresent(r -> dates.add(RowError.of(row.line(),
								"first_response_at", "dates.problem." + r.name(), row.firstResponseAt(), EventDates.EARLIEST)));
					}
					if (row.resolvedAt() != null) {
						EventDates.refusal(row.resolvedAt().toInstant(), now).ifPresent(r -> dates.add(RowError.of(row.line(),
								"resolved_at", "dates.problem." + r.name(), row.resolvedAt(), EventDates.EARLIEST)));
					}
					if (!dates.isEmpty()) {
						dates.forEach(rejections::add);
						return;
					}
					PartnerMatcher.Result match = matcher.match(row.partnerTaxId(), row.partnerName(),
							row.openedAt().toLocalDate());
					if (match.partnership() == null) {
						rejections.add(match.rowError(row.line()));
						return;
					}
					if (rejections.any()) {
						return;
					}
					Instant opened = row.openedAt().toInstant();
					copy.field(row.externalId()).field(match.partnership().partnershipId()).field(match.partnership().partnerId())
						.field(row.channel())
						.field(row.severity()).field(row.subject()).field(opened)
						.field(row.firstResponseAt() == null ? (row.resolvedAt() == null ? null : row.resolvedAt().toInstant())
								: row.firstResponseAt().toInstant())
						.field(row.resolvedAt() == null ? null : row.resolvedAt().toInstant())
						.field("PHONE".equals(row.channel()) && row.resolvedAt() != null
								? Boolean.TRUE.equals(row.resolvedOnFirstCall()) : null)
						.endRow();
				}, rejections::add);
			}
			catch (IOException | RuntimeException ex) {
				copy.cancel();
				status.setRollbackOnly();
				throw ex instanceof IOException ? DomainRuleException.rule("import.rule.unreadable", ex.getMessage())
						: (RuntimeException) ex;
			}
			if (rejections.any()) {
				copy.cancel();
				status.setRollbackOnly();
				throw rejections.rejection();
			}
			long staged = copy.finish();
			// Files are read and checked side by side; merges into one vendor's cases run one after another.
			locks.hold(ImportKind.SUPPORT_CASES, vendorId);
			// What the merge changes, with where a corrected case stood before: a case that moved to another
			// partnership or day changes the indicators there too. Rows the file repeats unchanged change nothing.
			List<Merged> merged = jdbc.sql("""
					with before as (
					    select c.external_id, c.partnership_id, c.opened_at from support_case c
					    join support_stage s on s.external_id = c.external_id where c.vendor_id = :vendor
					), merged as (
					    insert into support_case (id, vendor_id, source, %s)
					    select gen_random_uuid(), :vendor, 'CSV', %s from support_stage
					    on conflict (vendor_id, external_id) do update set partnership_id = excluded.partnership_id,
					        partner_id = excluded.partner_id, channel = excluded.channel, severity = excluded.severity,
					        subject = excluded.subject, opened_at = excluded.opened_at, first_response_at = excluded.first_response_at,
					        resolved_at = excluded.resolved_at, resolved_on_first_call = excluded.resolved_on_first_call,
					        recorded_at = now()
					    where (support_case.partnership_id, support_case.channel, support_case.severity, support_case.subject,
					           support_case.opened_at, support_case.first_response_at, support_case.resolved_at,
					           support_case.resolved_on_first_call)
					          is distinct from (excluded.partnership_id, excluded.channel, excluded.severity, excluded.subject,
					           excluded.opened_at, excluded.first_response_at, excluded.resolved_at, excluded.resolved_on_first_call)
					    returning external_id, partnership_id, opened_at, (xmax = 0) as added
					)
					select m.added, m.partnership_id, m.opened_at, b.partnership_id as was_partnership, b.opened_at as was_opened
					from merged m left join before b on b.external_id = m.external_id""".formatted(COLUMNS, COLUMNS))
				.param("vendor", vendorId)
				.query((rs, n) -> new Merged(rs.getBoolean(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
						rs.getObject(4, UUID.class), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
				.list();
			jdbc.sql("drop table support_stage").update();
			long added = merged.stream().filter(Merged::added).count();
			long corrected = merged.size() - added;
			if (dryRun) {
				status.setRollbackOnly();
			}
			else if (added + corrected > 0) {
				Set<UUID> reached = new HashSet<>();
				Instant earliest = null;
				for (Merged m : merged) {
					reached.add(m.partnershipId());
					earliest = earliest == null || m.openedAt().isBefore(earliest) ? m.openedAt() : earliest;
					if (m.wasPartnershipId() != null) {
						reached.add(m.wasPartnershipId());
						earliest = m.wasOpenedAt().isBefore(earliest) ? m.wasOpenedAt() : earliest;
					}
				}
				events.publishEvent(new SupportCasesChanged(vendorId, Set.copyOf(reached), earliest));
			}
			return new ImportReport(added + corrected, corrected, staged - added - corrected, 0, dryRun, List.of());
		});
	}

	/** A case the import added or changed; for a changed one, where it stood before. */
	private record Merged(boolean added, UUID partnershipId, Instant openedAt, UUID wasPartnershipId, Instant wasOpenedAt) {
	}
}
