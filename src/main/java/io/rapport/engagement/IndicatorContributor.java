package io.rapport.engagement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.rapport.common.Quarter;
import io.rapport.organizations.VendorProgramme;

/**
 * Implemented by a module that owns data engagement is measured by (sales, touchpoints, later
 * support, surveys, incentives, deals). The engine asks each contributor for raw values over a
 * window of fiscal quarters and never reads the contributor's tables itself.
 */
public interface IndicatorContributor {

	/** The indicators this module contributes. */
	List<IndicatorDefinition> indicators();

	/**
	 * Raw values and plain-word facts for the given partnerships over the quarters {@code first} to
	 * {@code last}, inclusive. A partnership or key left out of the values is missing (dropped from
	 * its score, not counted as zero): a contributor that knows a true zero says so.
	 */
	Contribution contribute(VendorProgramme programme, Set<UUID> partnerships, Quarter first, Quarter last);

	/** Raw values of the channel-wide indicators over the window; missing keys are dropped. */
	default Map<String, Double> channelValues(VendorProgramme programme, Quarter first, Quarter last) {
		return Map.of();
	}

	/**
	 * The vendor's own targets for indicators measured against a norm (what earns full marks over
	 * the four quarters of a window); a key left out keeps its definition's target. A module that
	 * lets a vendor waive a norm leaves that indicator's values out instead, so it is dropped.
	 */
	default Map<String, Double> targets(VendorProgramme programme) {
		return Map.of();
	}

	/** Cadence norms checked for the quarter, for the channel-wide view. */
	default List<CadenceResult> cadence(VendorProgramme programme, Quarter quarter) {
		return List.of();
	}

	/**
	 * What a module contributes for a window.
	 *
	 * @param values raw indicator values per partnership
	 * @param facts what the views show beside the scores, e.g. {@code communication: REGULAR}, {@code revenue: 1234.50}
	 */
	record Contribution(Map<UUID, Map<String, Double>> values, Map<UUID, Map<String, String>> facts) {
	}
}
