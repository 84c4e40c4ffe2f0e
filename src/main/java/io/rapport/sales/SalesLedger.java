package io.rapport.sales;

import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.common.db.CopyWriter;

/**
 * Writes imported lines. Rows stream into a temporary staging table with PostgreSQL's COPY, then
 * set-based statements sort them into new lines, corrections (kept with before and after in an
 * audit trail) and unchanged repeats, and add the differences to the quarterly aggregates. Must run inside the import's transaction: the staging table lives until its commit.
 */
@Component
class SalesLedger {

	private static final String STAGE_COLUMNS = "partnership_id, external_id, closed_on, fiscal_year, fiscal_quarter, "
			+ "amount, currency, reporting_amount, category, description, end_customer, end_customer_tax_id, deal_reference";

	private static final String COMPARED = "partnership_id, closed_on, amount, currency, reporting_amount, category, "
			+ "description, end_customer, end_customer_tax_id, deal_reference";

	private static final String ADD_TO_AGGREGATES = """
			insert into sales_quarter (vendor_id, partnership_id, fiscal_year, fiscal_quarter, category, revenue, deals)""";

	private static final String ON_CONFLICT_ADD = """
			on conflict (vendor_id, fiscal_year, fiscal_quarter, partnership_id, category) do update
			set revenue = sales_quarter.revenue + excluded.revenue, deals = sales_quarter.deals + excluded.deals""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	SalesLedger(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Opens a staging table and a COPY into it on the transaction's connection. */
	Stage open() {
		jdbc.sql("""
				create temp table sales_stage (
				    partnership_id uuid, external_id text, closed_on date, fiscal_year smallint, fiscal_quarter smallint,
				    amount numeric(18, 2), currency char(3), reporting_amount numeric(18, 2), category text,
				    description text, end_customer text, end_customer_tax_id text, deal_reference text
				) on commit drop""").update();
		return new Stage(CopyWriter.open(dataSource, "sales_stage", STAGE_COLUMNS));
	}

	/**
	 * Merges the staged rows into the vendor's lines and keeps the quarterly aggregates current by
	 * adding what changed, so an import costs in proportion to its file, not to the vendor's history.
	 * @return counts of new, corrected and unchanged rows
	 */
	Merge merge(UUID vendorId, UUID importId, UUID userId, long staged) {
		// Sorting and hashing a large file's external ids in memory instead of spilling to disk.
		jdbc.sql("set local work_mem = '256MB'").update();
		jdbc.sql("analyze sales_stage").update();
		// New lines first: the unique index on external ids, which every insert checks anyway, tells
		// new from known, so a file of new lines needs no join against the vendor's history.
		long added = jdbc.sql("""
				with added as (
				    insert into sales_line (id, vendor_id, %s)
				    select gen_random_uuid(), :vendor, %s from sales_stage s
				    on conflict (vendor_id, external_id) do nothing
				    returning partnership_id, fiscal_year, fiscal_quarter, category, reporting_amount
				), aggregated as (
				    %s
				    select :vendor, partnership_id, fiscal_year, fiscal_quarter, category, sum(reporting_amount), count(*)
				    from added group by partnership_id, fiscal_year, fiscal_quarter, category
				    %s
				)
				select count(*) from added""".formatted(STAGE_COLUMNS, prefixed("s", STAGE_COLUMNS), ADD_TO_AGGREGATES,
						ON_CONFLICT_ADD))
			.param("vendor", vendorId).query(Long.class).single();
		LocalDate[] earliest = { jdbc.sql("select min(closed_on) from sales_stage").query(LocalDate.class).optional().orElse(null) };
		long corrected = added < staged ? correct(vendorId, importId, userId, earliest) : 0;
		// Dropped now rather than at commit: a surrounding transaction may import again.
		jdbc.sql("drop table sales_stage").update();
		return new Merge(added, corrected, staged - added - corrected, earliest[0]);
	}

	/**
	 * Applies the rows whose external id was known with other values, keeps their values before
	 * in the audit trail and moves their amounts between the quarterly aggregates. Lines added by
	 * this import equal their rows, so only true corrections differ.
	 * @return the number of corrected lines
	 */
	private long correct(UUID vendorId, UUID importId, UUID userId, LocalDate[] earliest) {
		jdbc.sql("""
				create temp table sales_changed on commit drop as
				select l.id as line_id, l.partnership_id as old_partnership_id, l.fiscal_year as old_fiscal_year,
				       l.fiscal_quarter as old_fiscal_quarter, l.category as old_category,
				       l.reporting_amount as old_reporting_amount, to_jsonb(l) - 'vendor_id' - 'id' as previous,
				       to_jsonb(s) as current, s.*
				from sales_stage s join sales_line l on l.vendor_id = :vendor and l.external_id = s.external_id
				where (%s) is distinct from (%s)""".formatted(prefixed("l", COMPARED), prefixed("s", COMPARED)))
			.param("vendor", vendorId).update();
		long corrected = jdbc.sql("""
				insert into sales_line_correction (vendor_id, sales_line_id, import_id, corrected_by, previous, current)
				select :vendor, line_id, :import, :user, previous, current from sales_changed""")
			.params(java.util.Map.of("vendor", vendorId, "import", importId, "user", userId)).update();
		if (corrected > 0) {
			// A line moved to a later day changed the quarter it left as well.
			jdbc.sql("select min((previous ->> 'closed_on')::date) from sales_changed").query(LocalDate.class).optional()
				.filter(before -> earliest[0] == null || before.isBefore(earliest[0]))
				.ifPresent(before -> earliest[0] = before);
			move(vendorId);
		}
		jdbc.sql("drop table sales_changed").update();
		return corrected;
	}

	private void move(UUID vendorId) {
		jdbc.sql("""
				update sales_line l set partnership_id = c.partnership_id, closed_on = c.closed_on,
				    fiscal_year = c.fiscal_year, fiscal_quarter = c.fiscal_quarter, amount = c.amount,
				    currency = c.currency, reporting_amount = c.reporting_amount, category = c.category,
				    description = c.description, end_customer = c.end_customer,
				    end_customer_tax_id = c.end_customer_tax_id, deal_reference = c.deal_reference, corrected_at = now()
				from sales_changed c where l.id = c.line_id""").update();
		jdbc.sql("""
				%s
				select :vendor, partnership_id, fiscal_year, fiscal_quarter, category, sum(amount), sum(deals) from (
				    select old_partnership_id as partnership_id, old_fiscal_year as fiscal_year,
				           old_fiscal_quarter as fiscal_quarter, old_category as category,
				           -old_reporting_amount as amount, -1 as deals
				    from sales_changed
				    union all
				    select partnership_id, fiscal_year, fiscal_quarter, category, reporting_amount, 1 from sales_changed
				) moved group by partnership_id, fiscal_year, fiscal_quarter, category
				%s""".formatted(ADD_TO_AGGREGATES, ON_CONFLICT_ADD))
			.param("vendor", vendorId).update();
		// A quarter a correction emptied has no sales left in that category.
		jdbc.sql("delete from sales_quarter where vendor_id = ? and deals = 0").param(vendorId).update();
	}

	private static String prefixed(String alias, String columns) {
		return alias + "." + columns.replace(", ", ", " + alias + ".");
	}

	/** @param earliest the earliest closing day among the file's lines and the corrected lines' former ones */
	record Merge(long added, long corrected, long unchanged, LocalDate earliest) {
	}

	/** A COPY into the staging table, fed row by row. */
	static final class Stage {

		private final CopyWriter copy;

		Stage(CopyWriter copy) {
			this.copy = copy;
		}

		void add(StagedLine line) {
			copy.field(line.partnershipId()).field(line.externalId()).field(line.closedOn()).field(line.fiscalYear())
				.field(line.fiscalQuarter()).field(line.amount().toPlainString()).field(line.currency())
				.field(line.reportingAmount().toPlainString()).field(line.category()).field(line.description())
				.field(line.endCustomer()).field(line.endCustomerTaxId()).field(line.dealReference())
				.endRow();
		}

		long rows() {
			return copy.rows();
		}

		/** Ends the COPY; the rows are then in the staging table. */
		void finish() {
			copy.finish();
		}

		/** Abandons the COPY, e.g. because a row was rejected and nothing will be stored. */
		void cancel() {
			copy.cancel();
		}
	}
}
