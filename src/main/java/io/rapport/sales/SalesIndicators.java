package io.rapport.sales;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.rapport.common.Quarter;
import io.rapport.engagement.IndicatorContributor;
import io.rapport.engagement.IndicatorDefinition;
import io.rapport.engagement.Side;
import io.rapport.organizations.VendorProgramme;

/**
 * The transaction side of PEI (DESIGN §2): revenue, deal count, average deal value and the share of
 * whole solutions and services, each as a percentile within the programme. Read from the
 * in-memory quarterly cube, so a full recompute costs no scan of sales lines.
 */
@Component
class SalesIndicators implements IndicatorContributor {

	static final List<IndicatorDefinition> INDICATORS = List.of(
			IndicatorDefinition.percentile("revenue", Side.PEI, 3, true),
			IndicatorDefinition.percentile("deals", Side.PEI, 2, true),
			IndicatorDefinition.percentile("average_deal_value", Side.PEI, 1, true),
			IndicatorDefinition.percentile("solution_service_share", Side.PEI, 2, true));

	private final SalesCubes cubes;

	SalesIndicators(SalesCubes cubes) {
		this.cubes = cubes;
	}

	@Override
	public List<IndicatorDefinition> indicators() {
		return INDICATORS;
	}

	@Override
	public Contribution contribute(VendorProgramme programme, Set<UUID> partnerships, Quarter first, Quarter last) {
		Map<UUID, SalesTotals> totals = cubes.of(programme.vendorId()).totals(first, last);
		Map<UUID, Map<String, Double>> values = new HashMap<>();
		Map<UUID, Map<String, String>> facts = new HashMap<>();
		for (UUID id : partnerships) {
			// A partnership without sales sold nothing: zero revenue and deals, not missing data.
			SalesTotals t = totals.getOrDefault(id, new SalesTotals());
			values.put(id, values(t));
			facts.put(id, Map.of("revenue", t.revenue().toPlainString(), "deals", Long.toString(t.deals())));
		}
		return new Contribution(values, facts);
	}

	private static Map<String, Double> values(SalesTotals t) {
		Map<String, Double> v = new HashMap<>();
		BigDecimal revenue = t.revenue();
		v.put("revenue", revenue.doubleValue());
		v.put("deals", (double) t.deals());
		if (t.deals() > 0) {
			v.put("average_deal_value", revenue.doubleValue() / t.deals());
		}
		if (revenue.signum() > 0) {
			v.put("solution_service_share",
					t.revenue(SalesCategory.SOLUTION).add(t.revenue(SalesCategory.SERVICE)).doubleValue() / revenue.doubleValue());
		}
		return v;
	}
}
