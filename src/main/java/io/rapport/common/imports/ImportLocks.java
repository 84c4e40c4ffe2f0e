package io.rapport.common.imports;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes imports of one vendor and kind run one after another, across every node serving the
 * database. A merge reads what is stored (a line's old amount, a touchpoint's old values) and
 * writes differences from it; two merges of the same lines at once would both start from the
 * same old values, and the quarterly totals and correction log would end wrong.
 *
 * <p>Design note: the lock is a PostgreSQL transaction-scoped advisory lock, so it is released
 * by the commit or rollback that ends the import, also when the process dies. A second import
 * waits for it rather than being refused: it has been read and checked already, in parallel,
 * and is then merged on top of the first. The key is a 64-bit hash of kind and vendor in the
 * one-key lock space; the engagement recompute's per-quarter locks use the two-key space and an
 * import never takes them (the recompute runs after the import commits), so the two cannot
 * deadlock.
 */
@Component
public class ImportLocks {

	private final JdbcClient jdbc;

	ImportLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction merges an import of this kind into the vendor's data, then
	 * holds that until the current transaction ends. Taking it again in the same transaction (a
	 * surrounding transaction importing several files) returns at once.
	 * @throws IllegalStateException outside a transaction, where the lock would be released at once
	 */
	public void hold(ImportKind kind, UUID vendorId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An import lock is held for a transaction; none is active");
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("import:" + kind.name() + ":" + vendorId)
			.query().listOfRows();
	}
}
