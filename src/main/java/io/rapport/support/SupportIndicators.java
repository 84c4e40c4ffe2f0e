package io.rapport.support;

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
 * What support contributes to the vendor's engagement toward each partner (VEI): the share of the
 * partner's escalations answered within the vendor's own targets, and the share of its phone
 * cases solved on the first call — what partners value most. A partnership without cases over the
 * window has neither: nothing was asked of the vendor, so nothing is held for or against it.
 */
@Component
class SupportIndicators implements IndicatorContributor {

	static final List<IndicatorDefinition> INDICATORS = List.of(
			IndicatorDefinition.norm("support_response_in_time", Side.VEI, 0.9, 2),
			IndicatorDefinition.norm("support_first_call", Side.VEI, 0.7, 1));

	private final SupportMetrics metrics;

	SupportIndicators(SupportMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public List<IndicatorDefinition> indicators() {
		return INDICATORS;
	}

	@Override
	public Contribution contribute(VendorProgramme programme, Set<UUID> partnerships, Quarter first, Quarter last) {
		Map<UUID, SupportFigures> figures = metrics.figures(programme, first.startIn(programme.calendar()),
				last.endIn(programme.calendar()), partnerships.size() <= 500 ? partnerships : null, false);
		Map<UUID, Map<String, Double>> values = new HashMap<>();
		Map<UUID, Map<String, String>> facts = new HashMap<>();
		figures.forEach((id, f) -> {
			if (id == null || !partnerships.contains(id) || f.cases() == 0) {
				return;
			}
			Map<String, Double> v = new HashMap<>();
			if (f.firstResponseWithinTarget() != null) {
				v.put("support_response_in_time", f.firstResponseWithinTarget());
			}
			if (f.phoneFirstCallResolution() != null) {
				v.put("support_first_call", f.phoneFirstCallResolution());
			}
			values.put(id, v);
			facts.put(id, Map.of("supportCases", Long.toString(f.cases())));
		});
		return new Contribution(values, facts);
	}
}
