package io.rapport.sales;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.HeldTransaction;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.imports.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: two sales imports of one vendor that correct the same lines at the same moment end
 * exactly as if one had run after the other. Without one merge after the other, both read the
 * lines' old values and both subtract them from the quarterly totals: a quarter's totals end at
 * v1 + v2 − v0, its deal count below zero, and the correction log names v0 as the previous value
 * of both corrections.
 *
 * <p>To make the two merges truly overlap, a third transaction holds the lines locked (as a slow
 * correction would) while both imports start together; the test lets it go once both imports
 * wait for a lock, so both have read what they read before either writes.
 */
@RapportIntegrationTest
class SalesImportConcurrencyIntegrationTests {

	private static final String HEADER = "external_id,partner_tax_id,partner,closed_on,amount,currency,category,description\n";

	@Autowired
	TestProgrammes programmes;

	@Autowired
	SalesImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path files;

	private Programme programme;

	private Partner acme;

	private Partner beta;

	@BeforeEach
	void twoLinesImportedOnce() throws IOException {
		programme = programmes.vendor("Concurrent Import Vendor");
		acme = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		beta = programmes.partner(programme, "Silver", LocalDate.of(2024, 1, 1));
		ImportReport first = importAsChief(file("v0.csv", HEADER
				+ "K-1," + acme.taxId() + ",,2025-01-15,100.00,PLN,PRODUCT,\n"
				+ "K-2," + beta.taxId() + ",,2025-02-10,200.00,PLN,SOLUTION,\n"));
		assertThat(first.accepted()).isEqualTo(2);
	}

	@AfterEach
	void totalsReconcileWithTheLines() {
		SalesReconciliation.assertReconciled(jdbc, programme.vendorId());
	}

	@Test
	void twoImportsCorrectingTheSameLinesAtOnceEndAsOneAfterTheOther() throws Exception {
		// Each file moves both lines to another quarter, category or partner, so a wrong subtraction shows everywhere.
		Path a = file("a.csv", HEADER
				+ "K-1," + acme.taxId() + ",,2025-04-15,150.00,PLN,SOLUTION,\n"
				+ "K-2," + beta.taxId() + ",,2025-02-10,250.00,PLN,SOLUTION,\n");
		Path b = file("b.csv", HEADER
				+ "K-1," + acme.taxId() + ",,2025-07-15,175.00,PLN,SERVICE,\n"
				+ "K-2," + acme.taxId() + ",,2025-02-11,300.00,PLN,PRODUCT,\n");
		HeldTransaction<List<UUID>> lines = HeldTransaction.start("lines-held", transactions, jdbc, programme.chief(),
				() -> jdbc.sql("select id from sales_line where vendor_id = ? for update").param(programme.vendorId())
					.query(UUID.class).list());
		lines.awaitWorked();
		CountDownLatch go = new CountDownLatch(1);
		HeldTransaction<ImportReport> importA = HeldTransaction.start("import-a", transactions, jdbc, programme.chief(),
				() -> awaitThen(go, () -> imports.importSales(a, "a.csv", /* dryRun= */ false)));
		HeldTransaction<ImportReport> importB = HeldTransaction.start("import-b", transactions, jdbc, programme.chief(),
				() -> awaitThen(go, () -> imports.importSales(b, "b.csv", /* dryRun= */ false)));
		importA.release();
		importB.release();
		importA.pid();
		importB.pid();
		go.countDown();
		// Both have read and checked their files and wait: for the held lines, or for the other's merge.
		importA.awaitBlocked();
		importB.awaitBlocked();
		lines.commit();
		assertThat(importA.commit().corrected()).isEqualTo(2);
		assertThat(importB.commit().corrected()).isEqualTo(2);

		String acmeId = acme.partnershipId().toString();
		String betaId = beta.partnershipId().toString();
		State aThenB = new State(
				List.of("K-1 " + acmeId + " 2025-07-15 175.00 SERVICE", "K-2 " + acmeId + " 2025-02-11 300.00 PRODUCT"),
				List.of(acmeId + " 2025-Q1 PRODUCT 300.00 1", acmeId + " 2025-Q3 SERVICE 175.00 1"),
				List.of("K-1 100.00 → 150.00", "K-1 150.00 → 175.00", "K-2 200.00 → 250.00", "K-2 250.00 → 300.00"));
		State bThenA = new State(
				List.of("K-1 " + acmeId + " 2025-04-15 150.00 SOLUTION", "K-2 " + betaId + " 2025-02-10 250.00 SOLUTION"),
				List.of(acmeId + " 2025-Q2 SOLUTION 150.00 1", betaId + " 2025-Q1 SOLUTION 250.00 1"),
				List.of("K-1 100.00 → 175.00", "K-1 175.00 → 150.00", "K-2 200.00 → 300.00", "K-2 300.00 → 250.00"));
		assertThat(state()).isIn(aThenB, bThenA);
	}

	/** The vendor's lines, quarterly totals and corrections, each sorted, as text. */
	private State state() {
		UUID vendor = programme.vendorId();
		return new State(
				jdbc.sql("""
						select external_id || ' ' || partnership_id || ' ' || closed_on || ' ' || amount || ' ' || category
						from sales_line where vendor_id = ?""").param(vendor).query(String.class).list(),
				jdbc.sql("""
						select partnership_id || ' ' || fiscal_year || '-Q' || fiscal_quarter || ' ' || category || ' ' || revenue
						       || ' ' || deals
						from sales_quarter where vendor_id = ?""").param(vendor).query(String.class).list(),
				jdbc.sql("""
						select l.external_id || ' ' || (c.previous ->> 'amount') || ' → ' || (c.current ->> 'amount')
						from sales_line_correction c join sales_line l on l.vendor_id = c.vendor_id and l.id = c.sales_line_id
						where c.vendor_id = ?""").param(vendor).query(String.class).list());
	}

	/** Sorted here rather than by the database, whose collation need not order text as written. */
	private record State(List<String> lines, List<String> totals, List<String> corrections) {

		State {
			lines = lines.stream().sorted().toList();
			totals = totals.stream().sorted().toList();
			corrections = corrections.stream().sorted().toList();
		}
	}

	private ImportReport importAsChief(Path file) {
		return TestProgrammes.as(programme.chief(), () -> imports.importSales(file, file.getFileName().toString(), false));
	}

	private Path file(String name, String csv) throws IOException {
		return Files.writeString(files.resolve(name), csv, StandardCharsets.UTF_8);
	}

	private static <T> T awaitThen(CountDownLatch go, java.util.function.Supplier<T> work) {
		try {
			if (!go.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The imports were never let go");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return work.get();
	}
}
