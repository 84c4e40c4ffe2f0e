package io.rapport.workbench.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.tenancy.Role;

/**
 * Each role's start page: the channel chief's programme at a glance, a CAM's own partners, the
 * executive's cascade, the partner's vendors side by side, the analyst's standings. A person with
 * several roles lands on the widest of them.
 */
@Controller
class HomePage {

	private final ChiefHome chief;

	private final CamHome cam;

	private final ExecutiveHome executive;

	private final PartnerHome partner;

	private final AnalystHome analyst;

	HomePage(ChiefHome chief, CamHome cam, ExecutiveHome executive, PartnerHome partner, AnalystHome analyst) {
		this.chief = chief;
		this.cam = cam;
		this.executive = executive;
		this.partner = partner;
		this.analyst = analyst;
	}

	@GetMapping("/")
	String home(Model model) {
		Caller caller = CurrentCaller.get();
		if (caller.has(Role.VENDOR_ADMIN)) {
			return chief.show(caller, model);
		}
		if (caller.has(Role.CHANNEL_MANAGER)) {
			return cam.show(caller, model);
		}
		if (caller.has(Role.VENDOR_EXECUTIVE)) {
			return executive.show(caller, model);
		}
		if (caller.isPartnerUser()) {
			return partner.show(caller, model);
		}
		return analyst.show(caller, model);
	}
}
