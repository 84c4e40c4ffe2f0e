package io.rapport.signals.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.signals.PartnershipRetention;
import io.rapport.signals.PartnershipRetentionView;
import io.rapport.signals.RetentionModelView;

/** Each vendor's retention model over its partnerships' sales, for the vendor's people only. */
@RestController
@Tag(name = "Retention", description = "P(alive) and expected transactions per partnership under the vendor's BG/NBD model")
class RetentionApi {

	private final PartnershipRetention retention;

	RetentionApi(PartnershipRetention retention) {
		this.retention = retention;
	}

	@GetMapping("/api/v1/partnerships/{id}/retention")
	@Operation(summary = "P(alive), transactions expected in the next 13 weeks and made in the last 13 (the vendor's people only)")
	PartnershipRetentionView partnership(@PathVariable UUID id) {
		return retention.of(id);
	}

	@GetMapping("/api/v1/partnerships/{id}/retention/history")
	@Operation(summary = "P(alive) at the end of each of the last eight 13-week periods, and the transactions expected "
			+ "over the next 13 weeks against those that came")
	java.util.List<io.rapport.signals.RetentionPoint> history(@PathVariable UUID id) {
		return retention.history(id);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/retention")
	@Operation(summary = "The vendor's fitted model: parameters, log-likelihood, when it was fitted and on how many partnerships")
	RetentionModelView model(@PathVariable UUID vendorId) {
		return retention.model(vendorId);
	}

	@PostMapping("/api/v1/vendors/{vendorId}/retention/refit")
	@Operation(summary = "Refit the vendor's model on its sales now (channel chief); it is refitted every Monday anyway")
	RetentionModelView refit(@PathVariable UUID vendorId) {
		return retention.refit(vendorId);
	}
}
