package io.rapport.sales;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.DomainRuleException;
import io.rapport.common.EventDates;
import io.rapport.common.FiscalCalendar;
import io.rapport.common.NotFoundException;
import io.rapport.common.Quarter;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnerMatcher;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.importing.ExchangeRateFileReader;
import io.rapport.sales.importing.ExchangeRateHandler;
import io.rapport.sales.importing.ExchangeRateRow;
import io.rapport.sales.importing.SalesFileReader;
import io.rapport.sales.importing.SalesRow;
import io.rapport.sales.importing.SalesRowHandler;
import io.rapport.common.imports.Rejections;
import io.rapport.common.imports.RowError;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.imports.ImportKind;
import io.rapport.common.imports.ImportOutcomes;
import io.rapport.common.imports.ImportLocks;

/**
 * Imports a vendor's sales lines and exchange rates from the files people actually have. A file
 * is applied all or nothing: any rejected row rejects the file, with every bad row's line, column
 * and reason. Re-importing a file changes nothing; a row whose external id is known with other
 * values is a correction, applied and kept in the audit trail.
 */
@Service
public class SalesImports {

	private final JdbcClient jdbc;

	private final SalesLedger ledger;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final ImportLocks locks;

	private final ImportOutcomes outcomes;

	private final Clock clock = Clock.systemDefaultZone();

	SalesImports(JdbcClient jdbc, SalesLedger ledger, PartnershipQueries partnerships, VendorProgrammes programmes,
			TransactionTemplate transactions, ApplicationEventPublisher events, ImportLocks locks, ImportOutcomes outcomes) {
		this.outcomes = outcomes;
		this.jdbc = jdbc;
		this.locks = locks;
		this.ledger = ledger;
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Imports a CSV or XLSX file of sales lines into the caller's programme.
	 * @param dryRun validate and count only; store nothing
	 * @throws ImportRejectedException when any row is rejected; nothing is stored
	 * @throws AccessDeniedException when the caller is not the vendor's channel chief
	 */
	public ImportReport importSales(Path file, String fileName, boolean dryRun) {
		return outcomes.told(ImportKind.SALES, dryRun, () -> importSalesUntold(file, fileName, dryRun));
	}

	private ImportReport importSalesUntold(Path file, String fileName, boolean dryRun) {
		Caller caller = chief();
		UUID vendorId = caller.organizationId();
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		return transactions.execute(status -> {
			UUID importId = UUID.randomUUID();
			RowChecker checker = new RowChecker(new PartnerMatcher(partnerships.register(vendorId)),
					ExchangeRates.load(jdbc, vendorId, programme.reportingCurrency()), programme.calendar(),
					LocalDate.now(clock.withZone(programme.timeZone())), ledger.open());
			try {
				SalesFileReader.read(file, checker);
			}
			catch (IOException | RuntimeException ex) {
				checker.stage.cancel();
				throw ex instanceof RuntimeException runtime ? runtime
						: DomainRuleException.rule("import.rule.unreadable", ex.getMessage());
			}
			if (checker.rejections.any()) {
				checker.stage.cancel();
				throw checker.rejections.rejection();
			}
			checker.stage.finish();
			// Files are read and checked side by side; merges of one vendor's lines run one after another.
			locks.hold(ImportKind.SALES, vendorId);
			SalesLedger.Merge merge = ledger.merge(vendorId, importId, caller.userId(), checker.stage.rows());
			if (dryRun) {
				status.setRollbackOnly();
			}
			else {
				jdbc.sql("""
						insert into sales_import (id, vendor_id, imported_by, file_name, accepted, unchanged, corrected)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(importId, vendorId, caller.userId(), fileName, merge.added() + merge.corrected(),
							merge.unchanged(), merge.corrected())
					.update();
				if (merge.added() + merge.corrected() > 0) {
					events.publishEvent(new SalesRecorded(vendorId, importId, Set.copyOf(checker.partnerships), merge.earliest()));
				}
			}
			return new ImportReport(merge.added() + merge.corrected(), merge.corrected(), merge.unchanged(), 0, dryRun,
					List.of());
		});
	}

	/**
	 * Imports exchange rates into the caller's programme; a rate given again for the same currency
	 * and day (or month) replaces the earlier one.
	 * @throws ImportRejectedException when any row is rejected; nothing is stored
	 */
	public ImportReport importExchangeRates(Path file, boolean dryRun) {
		Caller caller = chief();
		UUID vendorId = caller.organizationId();
		String reporting = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId))
			.reportingCurrency();
		return transactions.execute(status -> {
			locks.hold(ImportKind.EXCHANGE_RATES, vendorId);
			Rejections rejections = new Rejections();
			long[] counts = new long[2];
			try {
				ExchangeRateFileReader.read(file, new ExchangeRateHandler() {
					@Override
					public void accept(ExchangeRateRow row) {
						if (row.currency().equals(reporting)) {
							reject(RowError.of(row.line(), "currency", "sales.row.reportingCurrency", row.currency()));
							return;
						}
						if (rejections.any()) {
							return;
						}
						int changed = jdbc.sql("""
								insert into exchange_rate (vendor_id, currency, granularity, valid_on, rate) values (?, ?, ?, ?, ?)
								on conflict (vendor_id, currency, granularity, valid_on) do update set rate = excluded.rate
								where exchange_rate.rate <> excluded.rate""")
							.params(vendorId, row.currency(), row.granularity().name(), row.validOn(), row.rate())
							.update();
						counts[changed > 0 ? 0 : 1]++;
					}

					@Override
					public void reject(RowError error) {
						rejections.add(error);
					}
				});
			}
			catch (IOException ex) {
				throw DomainRuleException.rule("import.rule.unreadable", ex.getMessage());
			}
			if (rejections.any()) {
				throw rejections.rejection();
			}
			if (dryRun) {
				status.setRollbackOnly();
			}
			return new ImportReport(counts[0], 0, counts[1], 0, dryRun, List.of());
		});
	}

	/** The caller's vendor's most recent imports, newest first. */
	public List<ImportSummary> recentImports(int limit) {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser()) {
			return List.of();
		}
		return jdbc.sql("""
				select imported_at, file_name, accepted, corrected, unchanged from sales_import
				where vendor_id = ? order by imported_at desc limit ?""")
			.params(caller.organizationId(), limit)
			.query((rs, n) -> new ImportSummary(rs.getObject(1, java.time.OffsetDateTime.class), rs.getString(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	private static Caller chief() {
		Caller caller = CurrentCaller.get();
		caller.require(Capability.RUN_PROGRAMME);
		return caller;
	}

	/** Checks each parsed row against the programme and stages the good ones. */
	private static final class RowChecker implements SalesRowHandler {

		private final PartnerMatcher matcher;

		private final ExchangeRates rates;

		private final FiscalCalendar calendar;

		private final LocalDate today;

		private final SalesLedger.Stage stage;

		private final Rejections rejections = new Rejections();

		private final Set<UUID> partnerships = new HashSet<>();

		RowChecker(PartnerMatcher matcher, ExchangeRates rates, FiscalCalendar calendar, LocalDate today,
				SalesLedger.Stage stage) {
			this.matcher = matcher;
			this.rates = rates;
			this.calendar = calendar;
			this.today = today;
			this.stage = stage;
		}

		@Override
		public void accept(SalesRow row) {
			List<RowError> problems = new ArrayList<>(2);
			PartnerMatcher.Result partner = matcher.match(row.partnerTaxId(), row.partnerName(), row.closedOn());
			if (partner.partnership() == null) {
				problems.add(partner.rowError(row.line()));
			}
			EventDates.refusal(row.closedOn(), today).ifPresent(refusal -> problems.add(RowError.of(row.line(), "closed_on",
					"dates.problem." + refusal.name(), row.closedOn(), EventDates.EARLIEST)));
			var reporting = rates.toReporting(row.amount(), row.currency(), row.closedOn());
			if (reporting.isEmpty()) {
				problems.add(RowError.of(row.line(), "currency", "sales.row.noRate", row.currency(), rates.reportingCurrency(),
						row.closedOn()));
			}
			else if (reporting.get().abs().compareTo(SalesFileReader.MAX_AMOUNT) >= 0) {
				problems.add(RowError.of(row.line(), "amount", "sales.row.tooLarge", row.amount().toPlainString(), row.currency(),
						reporting.get().toPlainString(), rates.reportingCurrency(), SalesFileReader.MAX_AMOUNT.toPlainString()));
			}
			if (!problems.isEmpty()) {
				problems.forEach(this::reject);
				return;
			}
			if (rejections.any()) {
				return;
			}
			Quarter quarter = calendar.quarterOf(row.closedOn());
			partnerships.add(partner.partnership().partnershipId());
			stage.add(new StagedLine(partner.partnership().partnershipId(), row.externalId(), row.closedOn(),
					quarter.fiscalYear(), quarter.number(), row.amount(), row.currency(), reporting.get(), row.category(),
					row.description(), row.endCustomer(), row.endCustomerTaxId(), row.dealReference()));
		}

		@Override
		public void reject(RowError error) {
			rejections.add(error);
		}
	}
}
