package io.rapport.organizations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.PartnershipCriteria;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.ProgrammeOverview;
import io.rapport.organizations.VendorProgrammes;

/**
 * Each role's start page: the vendor's programme at a glance, the partner's vendors, the
 * analyst's view across vendors.
 */
@Controller
class HomePage {

	static final String VENDOR = "organizations/home-vendor";

	static final String PARTNER = "organizations/home-partner";

	static final String ANALYST = "organizations/home-analyst";

	private final PartnershipQueries partnerships;

	private final OrganizationDirectory organizations;

	private final VendorProgrammes programmes;

	HomePage(PartnershipQueries partnerships, OrganizationDirectory organizations, VendorProgrammes programmes) {
		this.partnerships = partnerships;
		this.organizations = organizations;
		this.programmes = programmes;
	}

	@GetMapping("/")
	String home(Model model) {
		Caller caller = CurrentCaller.get();
		if (caller.isVendorUser()) {
			ProgrammeOverview overview = partnerships.overview(caller.organizationId());
			model.addAttribute("overview", overview);
			model.addAttribute("programme", programmes.find(caller.organizationId()).orElseThrow());
			return VENDOR;
		}
		if (caller.isPartnerUser()) {
			model.addAttribute("partnerships",
					partnerships.page(new PartnershipCriteria(null, null, null, 0, PartnershipCriteria.MAX_PAGE_SIZE, "vendor"))
						.content());
			model.addAttribute("organizationId", caller.organizationId());
			return PARTNER;
		}
		model.addAttribute("vendors", organizations.vendorSummaries());
		return ANALYST;
	}
}
