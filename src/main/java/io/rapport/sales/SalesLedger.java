package io.rapport.sales;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.rapport.common.db.CopyWriter;

/**
 * Writes imported lines. Rows stream into a temporary staging table with PostgreSQL's COPY, then
 * set-based statements sort them into new lines, corrections (kept with before and after in an
 * audit trail) and unchanged repeats, and rewrite the quarterly aggregates of the partnerships
 * touched. Must run inside the import's transaction: the staging table lives until its commit.
 */
@Component
class SalesLedger {

	private static final String STAGE_COLUMNS = "partnership_id, external_id, closed_on, fiscal_year, fiscal_quarter, "
			+ "amount, currency, reporting_amount, category, description, end_customer, end_customer_tax_id, deal_reference";

	private static final String COMPARED = "partnership_id, closed_on, amount, currency, reporting_amount, category, "
			+ "description, end_customer, end_customer_tax_id, deal_reference";

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
	 * Merges the staged rows into the vendor's lines.
	 * @return counts of new, corrected and unchanged rows
	 */
	Merge merge(UUID vendorId, UUID importId, UUID userId, long staged) {
		jdbc.sql("create index on sales_stage (external_id)").update();
		jdbc.sql("analyze sales_stage").update();
		// The quarters a correction moves a line out of need their aggregates rewritten too.
		jdbc.sql("""
				create temp table sales_touched on commit drop as
				select distinct partnership_id, fiscal_year, fiscal_quarter from sales_stage
				union
				select l.partnership_id, l.fiscal_year, l.fiscal_quarter
				from sales_stage s join sales_line l on l.vendor_id = :vendor and l.external_id = s.external_id
				where (%s) is distinct from (%s)""".formatted(prefixed("l", COMPARED), prefixed("s", COMPARED)))
			.param("vendor", vendorId).update();
		jdbc.sql("""
				insert into sales_line_correction (vendor_id, sales_line_id, import_id, corrected_by, previous, current)
				select :vendor, l.id, :import, :user, to_jsonb(l) - 'vendor_id' - 'id', to_jsonb(s)
				from sales_stage s join sales_line l on l.vendor_id = :vendor and l.external_id = s.external_id
				where (%s) is distinct from (%s)""".formatted(prefixed("l", COMPARED), prefixed("s", COMPARED)))
			.params(java.util.Map.of("vendor", vendorId, "import", importId, "user", userId)).update();
		long corrected = jdbc.sql("""
				update sales_line l set partnership_id = s.partnership_id, closed_on = s.closed_on,
				    fiscal_year = s.fiscal_year, fiscal_quarter = s.fiscal_quarter, amount = s.amount,
				    currency = s.currency, reporting_amount = s.reporting_amount, category = s.category,
				    description = s.description, end_customer = s.end_customer,
				    end_customer_tax_id = s.end_customer_tax_id, deal_reference = s.deal_reference, corrected_at = now()
				from sales_stage s
				where l.vendor_id = :vendor and l.external_id = s.external_id and (%s) is distinct from (%s)"""
			.formatted(prefixed("l", COMPARED), prefixed("s", COMPARED)))
			.param("vendor", vendorId).update();
		long added = jdbc.sql("""
				insert into sales_line (id, vendor_id, %s)
				select gen_random_uuid(), :vendor, %s from sales_stage s
				where not exists (select 1 from sales_line l where l.vendor_id = :vendor and l.external_id = s.external_id)"""
			.formatted(STAGE_COLUMNS, prefixed("s", STAGE_COLUMNS)))
			.param("vendor", vendorId).update();
		if (added + corrected > 0) {
			refreshAggregates(vendorId);
		}
		// Dropped now rather than at commit: a surrounding transaction may import again.
		jdbc.sql("drop table sales_stage, sales_touched").update();
		return new Merge(added, corrected, staged - added - corrected);
	}

	/** Rewrites the quarterly aggregates of the partnership quarters listed in {@code sales_touched}. */
	private void refreshAggregates(UUID vendorId) {
		jdbc.sql("""
				delete from sales_quarter q using sales_touched t
				where q.vendor_id = :vendor and q.partnership_id = t.partnership_id
				and q.fiscal_year = t.fiscal_year and q.fiscal_quarter = t.fiscal_quarter""")
			.param("vendor", vendorId).update();
		jdbc.sql("""
				insert into sales_quarter (vendor_id, partnership_id, fiscal_year, fiscal_quarter, category, revenue, deals)
				select :vendor, l.partnership_id, l.fiscal_year, l.fiscal_quarter, l.category,
				       sum(l.reporting_amount), count(*)
				from sales_line l join sales_touched t on t.partnership_id = l.partnership_id
				     and t.fiscal_year = l.fiscal_year and t.fiscal_quarter = l.fiscal_quarter
				where l.vendor_id = :vendor
				group by l.partnership_id, l.fiscal_year, l.fiscal_quarter, l.category""")
			.param("vendor", vendorId).update();
	}

	private static String prefixed(String alias, String columns) {
		return alias + "." + columns.replace(", ", ", " + alias + ".");
	}

	record Merge(long added, long corrected, long unchanged) {
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
