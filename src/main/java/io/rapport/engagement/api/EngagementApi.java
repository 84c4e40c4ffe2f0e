package io.rapport.engagement.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.PageOf;
import io.rapport.engagement.ChannelEngagement;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.EngagementRefresh;
import io.rapport.engagement.EngagementWeights;
import io.rapport.engagement.IndicatorDefinition;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.engagement.Quadrant;
import io.rapport.engagement.RecomputeProgress;
import io.rapport.engagement.WeightPreview;
import io.rapport.engagement.WeightPreviews;

/**
 * PEI and VEI per partnership, the channel-wide VEI, the quadrant and the weights. {@code quarter}
 * is a fiscal quarter ({@code 2026-Q3}); without it, the vendor's current quarter, whose window
 * holds the trailing four quarters of data.
 */
@RestController
@Tag(name = "Engagement", description = "PEI, VEI, channel-wide VEI, quadrant and weights")
class EngagementApi {

	private final EngagementQueries queries;

	private final EngagementWeights weights;

	private final WeightPreviews previews;

	private final EngagementRefresh refresh;

	EngagementApi(EngagementQueries queries, EngagementWeights weights, WeightPreviews previews, EngagementRefresh refresh) {
		this.queries = queries;
		this.weights = weights;
		this.previews = previews;
		this.refresh = refresh;
	}

	@GetMapping("/api/v1/partnerships/{id}/engagement")
	@Operation(summary = "A partnership's PEI and VEI with every indicator's contribution, ranks and rank intervals")
	PartnershipEngagement partnership(@PathVariable UUID id, @RequestParam(required = false) String quarter) {
		return queries.ofPartnership(id, quarter);
	}

	@GetMapping("/api/v1/partnerships/{id}/engagement/history")
	@Operation(summary = "A partnership's PEI and VEI in each of the last eight fiscal quarters")
	List<PartnershipEngagement> history(@PathVariable UUID id) {
		return queries.history(id);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/engagement")
	@Operation(summary = "The vendor's channel-wide VEI and its cadence norms met or missed")
	ChannelEngagement channel(@PathVariable UUID vendorId, @RequestParam(required = false) String quarter) {
		return queries.channel(vendorId, quarter);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/engagement/partnerships")
	@Operation(summary = "The partnerships' PEI and VEI, a page at a time, sorted by pei or vei, highest first; "
			+ "communication=SPORADIC lists only those the vendor reaches sporadically")
	PageOf<PartnershipEngagement> partnerships(@PathVariable UUID vendorId, @RequestParam(required = false) String quarter,
			@RequestParam(defaultValue = "pei") String sort, @RequestParam(required = false) String communication,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return queries.page(vendorId, quarter, sort, communication, page, size);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/quadrant")
	@Operation(summary = "Revenue against engagement beyond selling: four quadrants and the tier correlation")
	Quadrant quadrant(@PathVariable UUID vendorId, @RequestParam(required = false) String quarter) {
		return queries.quadrant(vendorId, quarter);
	}

	@GetMapping("/api/v1/engagement/vendors")
	@Operation(summary = "For a partner, each of its vendors' VEI toward it; for an analyst, every vendor's channel-wide VEI")
	List<?> vendors() {
		List<PartnershipEngagement> mine = queries.ofMyVendors();
		return mine.isEmpty() ? queries.channels() : mine;
	}

	@GetMapping("/api/v1/engagement/indicators")
	@Operation(summary = "Every indicator the engine knows, with its normalisation, target and default weight")
	List<IndicatorDefinition> indicators() {
		return weights.definitions();
	}

	@GetMapping("/api/v1/vendors/{vendorId}/engagement/weights")
	@Operation(summary = "The vendor's current engagement weights and their version")
	EngagementWeights.WeightSet weights(@PathVariable UUID vendorId) {
		return weights.current(vendorId);
	}

	@PutMapping("/api/v1/vendors/{vendorId}/engagement/weights")
	@Operation(summary = "Save new weights as a new version (channel chief); every stored quarter is recomputed in the background")
	EngagementWeights.WeightSet saveWeights(@PathVariable UUID vendorId, @RequestBody Map<String, Double> changes) {
		return weights.save(vendorId, changes);
	}

	@PostMapping("/api/v1/vendors/{vendorId}/engagement/weights/preview")
	@Operation(summary = "How ranks would move under new weights, before saving them")
	WeightPreview preview(@PathVariable UUID vendorId, @RequestParam(required = false) String quarter,
			@RequestBody Map<String, Double> changes) {
		return previews.preview(vendorId, quarter, changes);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/engagement/recompute")
	@Operation(summary = "Progress of the background recompute after new weights")
	RecomputeProgress recompute(@PathVariable UUID vendorId) {
		return refresh.progress(vendorId);
	}
}
