package io.rapport.workbench.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.tenancy.Caller;
import io.rapport.organizations.PartnershipCriteria;
import io.rapport.organizations.PartnershipQueries;

/** The partner's home: its vendors side by side. */
@Component
class PartnerHome {

	static final String PAGE = "workbench/home-partner";

	private final PartnershipQueries partnerships;

	PartnerHome(PartnershipQueries partnerships) {
		this.partnerships = partnerships;
	}

	String show(Caller caller, Model model) {
		model.addAttribute("partnerships",
				partnerships.page(new PartnershipCriteria(null, null, null, 0, PartnershipCriteria.MAX_PAGE_SIZE, "vendor"))
					.content());
		model.addAttribute("organizationId", caller.organizationId());
		return PAGE;
	}
}
