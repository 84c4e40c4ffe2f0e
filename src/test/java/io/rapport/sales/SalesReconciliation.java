package io.rapport.sales;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise every sales import keeps (issue 12): the quarterly totals the dashboards read are
 * exactly the sum of the lines, per vendor, partnership, quarter and category, revenue to the
 * cent and deals one by one, with no total left for a quarter that has no lines. Run after every
 * test that imports sales.
 */
public final class SalesReconciliation {

	private SalesReconciliation() {
	}

	/** Fails, naming each total that differs from its lines, unless the vendor's totals reconcile. */
	public static void assertReconciled(JdbcClient jdbc, UUID vendorId) {
		List<String> differences = jdbc.sql("""
				with lines as (
				    select partnership_id, fiscal_year, fiscal_quarter, category, sum(reporting_amount) as revenue,
				           count(*) as deals
				    from sales_line where vendor_id = :vendor
				    group by partnership_id, fiscal_year, fiscal_quarter, category
				), totals as (
				    select partnership_id, fiscal_year, fiscal_quarter, category, revenue, deals
				    from sales_quarter where vendor_id = :vendor
				)
				select partnership_id || ' ' || fiscal_year || '-Q' || fiscal_quarter || ' ' || category
				       || ': lines ' || coalesce(l.revenue::text, '-') || ' in ' || coalesce(l.deals::text, '0') || ' deals'
				       || ', totals ' || coalesce(t.revenue::text, '-') || ' in ' || coalesce(t.deals::text, '0') || ' deals'
				from lines l full join totals t using (partnership_id, fiscal_year, fiscal_quarter, category)
				where l.revenue is distinct from t.revenue or l.deals is distinct from t.deals
				order by 1""")
			.param("vendor", vendorId).query(String.class).list();
		assertThat(differences).as("quarterly totals that differ from the sum of their lines").isEmpty();
	}
}
