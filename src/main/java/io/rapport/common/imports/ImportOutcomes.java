package io.rapport.common.imports;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/**
 * Tells how a person's import ended ({@link ImportFinished}), taken in or rejected. The outcome is
 * published in a transaction of its own once the import's is over, so a rejection, whose import
 * rolled back, is told as well. Dry runs are not told.
 */
@Component
public class ImportOutcomes {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ImportOutcomes(ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs the import and tells its outcome.
	 * @return the import's report
	 * @throws ImportRejectedException as the import threw it, after telling it
	 */
	public ImportReport told(ImportKind kind, boolean dryRun, Supplier<ImportReport> work) {
		Caller caller = CurrentCaller.get();
		ImportReport report;
		try {
			report = work.get();
		}
		catch (ImportRejectedException ex) {
			if (!dryRun) {
				tell(new ImportFinished(UUID.randomUUID(), kind, caller.organizationId(), caller.userId(), false, ex.rejected()));
			}
			throw ex;
		}
		if (!dryRun) {
			tell(new ImportFinished(UUID.randomUUID(), kind, caller.organizationId(), caller.userId(), true, report.accepted()));
		}
		return report;
	}

	private void tell(ImportFinished finished) {
		transactions.executeWithoutResult(status -> events.publishEvent(finished));
	}
}
