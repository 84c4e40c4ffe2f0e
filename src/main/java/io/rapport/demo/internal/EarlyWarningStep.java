package io.rapport.demo.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Role;
import io.rapport.demo.DemoContext;
import io.rapport.demo.DemoStep;
import io.rapport.demo.DemoVendor;
import io.rapport.signals.AlertEvaluation;

/**
 * Reads the signs once the whole history is in, as the Monday run would, so the at-risk list and
 * the partnership pages show the drifting partners from the first sign-in.
 */
@Component
class EarlyWarningStep implements DemoStep {

	private final AlertEvaluation evaluation;

	EarlyWarningStep(AlertEvaluation evaluation) {
		this.evaluation = evaluation;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void generate(DemoContext context) {
		for (DemoVendor vendor : context.vendors()) {
			Caller chief = new Caller(vendor.chiefId(), "chief@" + vendor.slug() + ".example", "chief", vendor.id(),
					Set.of(Role.VENDOR_ADMIN));
			RunAs.caller(chief, () -> evaluation.evaluateNow(vendor.id()));
		}
	}
}
