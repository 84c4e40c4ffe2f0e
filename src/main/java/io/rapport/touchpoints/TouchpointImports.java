package io.rapport.touchpoints;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.DomainRuleException;
import io.rapport.common.imports.ImportKind;
import io.rapport.common.imports.ImportOutcomes;
import io.rapport.common.imports.ImportLocks;
import io.rapport.common.imports.FileRefusedException;
import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.Rejections;
import io.rapport.common.imports.RowError;
import io.rapport.common.tenancy.Caller;
import io.rapport.identity.Seniority;
import io.rapport.organizations.PartnerMatcher;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.touchpoints.importing.TouchpointFileReader;
import io.rapport.touchpoints.importing.TouchpointRow;
import io.rapport.touchpoints.importing.TouchpointRowHandler;

/**
 * Imports touchpoints from CSV or XLSX files, all or nothing: any bad row rejects the file with
 * every bad row's line, column and reason. Rows carry external ids, so importing a file again
 * changes nothing and a row with other values corrects the touchpoint.
 */
@Service
public class TouchpointImports {

	private final Touchpoints touchpoints;

	private final TouchpointLedger ledger;

	private final PartnershipQueries partnerships;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final CalendarImport calendars;

	private final ImportLocks locks;

	private final ImportOutcomes outcomes;

	TouchpointImports(Touchpoints touchpoints, TouchpointLedger ledger, PartnershipQueries partnerships,
			TransactionTemplate transactions, ApplicationEventPublisher events, CalendarImport calendars, ImportLocks locks, ImportOutcomes outcomes) {
		this.outcomes = outcomes;
		this.locks = locks;
		this.calendars = calendars;
		this.touchpoints = touchpoints;
		this.ledger = ledger;
		this.partnerships = partnerships;
		this.transactions = transactions;
		this.events = events;
	}

	/** The longest range one calendar import covers (issue 12): a calendar is a record of meetings, not an archive. */
	public static final int MAX_CALENDAR_YEARS = 3;

	/**
	 * Imports a CSV or XLSX file of touchpoints into the caller's programme.
	 * @throws ImportRejectedException when any row is rejected; nothing is stored
	 */
	public ImportReport importFile(Path file, boolean dryRun) {
		return importFile(file, null, null, dryRun);
	}

	/**
	 * Imports touchpoints from a CSV or XLSX file, or from a calendar export (.ics) whose entries
	 * between {@code from} and {@code to} (default: the last year up to today) become touchpoints.
	 * @throws ImportRejectedException when any row is rejected, or the calendar cannot be read; nothing is stored
	 */
	public ImportReport importFile(Path file, LocalDate from, LocalDate to, boolean dryRun) {
		return outcomes.told(ImportKind.TOUCHPOINTS, dryRun, () -> importFileUntold(file, from, to, dryRun));
	}

	private ImportReport importFileUntold(Path file, LocalDate from, LocalDate to, boolean dryRun) {
		Caller caller = Touchpoints.channelTeam();
		UUID vendorId = caller.organizationId();
		ZoneId zone = touchpoints.zone(vendorId);
		boolean calendar;
		try {
			calendar = CalendarImport.isCalendar(file);
		}
		catch (IOException ex) {
			throw DomainRuleException.rule("import.rule.unreadable", ex.getMessage());
		}
		if (calendar) {
			LocalDate today = LocalDate.now(zone);
			LocalDate end = to == null ? today : to;
			LocalDate start = from == null ? end.minusYears(1) : from;
			if (start.isAfter(end)) {
				throw DomainRuleException.rule("touchpoints.rule.rangeReversed", start, end);
			}
			if (start.plusYears(MAX_CALENDAR_YEARS).isBefore(end)) {
				throw new FileRefusedException(FileRefusedException.Reason.CALENDAR_TOO_LONG, 0, MAX_CALENDAR_YEARS,
						"A calendar import covers at most " + MAX_CALENDAR_YEARS + " years; " + start + " to " + end
								+ " is longer, so choose a shorter range");
			}
			return transactions.execute(status -> {
				// A calendar is stored occurrence by occurrence as each is matched, so it takes the lock before reading.
				locks.hold(ImportKind.TOUCHPOINTS, vendorId);
				CalendarImport.Outcome outcome = calendars.importCalendar(file, vendorId, caller.userId(), zone, start, end);
				if (dryRun) {
					status.setRollbackOnly();
				}
				else if (outcome.reached.size() > 0 || outcome.channelWide) {
					events.publishEvent(new TouchpointsRecorded(vendorId, Set.copyOf(outcome.reached), outcome.channelWide,
							outcome.earliest));
				}
				return outcome.report(dryRun);
			});
		}
		return transactions.execute(status -> {
			TouchpointCheck check = touchpoints.check(vendorId);
			PartnerMatcher matcher = new PartnerMatcher(partnerships.register(vendorId));
			Batch batch = new Batch(check, matcher, zone, ledger.open());
			try {
				TouchpointFileReader.read(file, zone, batch);
			}
			catch (IOException | RuntimeException ex) {
				batch.stage.cancel();
				throw ex instanceof RuntimeException runtime ? runtime
						: DomainRuleException.rule("import.rule.unreadable", ex.getMessage());
			}
			return batch.finish(status, dryRun, vendorId, caller.userId());
		});
	}

	/**
	 * Imports a calendar fetched for a subscription (issue 13) as a calendar upload is imported —
	 * under the same lock, matched and keyed the same way, so a calendar imported both ways holds
	 * each meeting once — with no signed-in caller: the poller runs it for the subscription's person.
	 * @throws ImportRejectedException when the calendar cannot be read or breaks a limit; nothing is stored
	 */
	ImportReport importSubscribedCalendar(Path file, UUID vendorId, UUID userId, LocalDate from, LocalDate to) {
		ZoneId zone = touchpoints.zone(vendorId);
		return transactions.execute(status -> {
			locks.hold(ImportKind.TOUCHPOINTS, vendorId);
			CalendarImport.Outcome outcome = calendars.importCalendar(file, vendorId, userId, zone, from, to);
			if (outcome.reached.size() > 0 || outcome.channelWide) {
				events.publishEvent(new TouchpointsRecorded(vendorId, Set.copyOf(outcome.reached), outcome.channelWide,
						outcome.earliest));
			}
			return outcome.report(false);
		});
	}

	/** Checks rows as they come and stages the good ones; nothing is stored while any row is bad. */
	private final class Batch implements TouchpointRowHandler {

		private final TouchpointCheck check;

		private final PartnerMatcher matcher;

		private final ZoneId zone;

		private final TouchpointLedger.Stage stage;

		private final Rejections rejections = new Rejections();

		private final Set<UUID> reached = new HashSet<>();

		private boolean channelWide;

		Batch(TouchpointCheck check, PartnerMatcher matcher, ZoneId zone, TouchpointLedger.Stage stage) {
			this.check = check;
			this.matcher = matcher;
			this.zone = zone;
			this.stage = stage;
		}

		@Override
		public void accept(TouchpointRow row) {
			List<RowError> problems = new ArrayList<>();
			List<UUID> partnershipIds = new ArrayList<>();
			for (String taxId : row.partnerTaxIds()) {
				match(row, taxId, null, partnershipIds, problems);
			}
			for (String name : row.partnerNames()) {
				match(row, null, name, partnershipIds, problems);
			}
			NewTouchpoint request = new NewTouchpoint(row.type(), row.occurredAt().toOffsetDateTime(), row.title(),
					row.direction() == null ? null : Direction.valueOf(row.direction()), partnershipIds,
					row.seniority() == null ? null : Seniority.valueOf(row.seniority()), row.externalId(),
					row.paidForPartners(), row.pressInvited(), row.answered(), row.daysToAnswer());
			TouchpointCheck.Result checked = check.check(request, TouchpointSource.CSV);
			checked.problems().forEach(p -> problems.add(RowError.of(row.line(), column(p.field()), p.code(), p.arguments().toArray())));
			if (!problems.isEmpty()) {
				problems.forEach(this::reject);
				return;
			}
			if (rejections.any()) {
				return;
			}
			stage.add(checked.touchpoint());
			reached.addAll(checked.touchpoint().partnershipIds());
			channelWide |= checked.touchpoint().channelWide();
		}

		private void match(TouchpointRow row, String taxId, String name, List<UUID> found, List<RowError> problems) {
			PartnerMatcher.Result result = matcher.match(taxId, name, row.occurredAt().withZoneSameInstant(zone).toLocalDate());
			if (result.partnership() == null) {
				problems.add(result.rowError(row.line()));
			}
			else {
				found.add(result.partnership().partnershipId());
			}
		}

		@Override
		public void reject(RowError error) {
			rejections.add(error);
		}

		ImportReport finish(org.springframework.transaction.TransactionStatus status, boolean dryRun, UUID vendorId,
				UUID userId) {
			if (rejections.any()) {
				stage.cancel();
				status.setRollbackOnly();
				throw rejections.rejection();
			}
			stage.finish();
			// Files are read and checked side by side; merges into one vendor's touchpoints run one after another.
			locks.hold(ImportKind.TOUCHPOINTS, vendorId);
			TouchpointLedger.Merge merge = ledger.merge(vendorId, userId, stage.rows());
			if (dryRun) {
				status.setRollbackOnly();
			}
			else if (merge.added() + merge.corrected() > 0) {
				events.publishEvent(new TouchpointsRecorded(vendorId, Set.copyOf(reached), channelWide, merge.earliest()));
			}
			return new ImportReport(merge.added() + merge.corrected(), merge.corrected(), merge.unchanged(), 0, dryRun,
					List.of());
		}

		private String column(String field) {
			return switch (field) {
				case "partnershipIds" -> "partner";
				case "paidForPartners" -> "paid_for_partners";
				case "pressInvited" -> "press_invited";
				case "daysToAnswer" -> "days_to_answer";
				default -> field;
			};
		}
	}
}
