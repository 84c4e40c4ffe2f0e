package io.rapport.organizations.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.PageOf;
import io.rapport.organizations.PartnershipCriteria;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgrammes;

/** The partnership list (search, filters, sorting, paging without reloads) and detail pages. */
@Controller
class PartnershipPages {

	static final String LIST = "organizations/partnerships";

	static final String RESULTS = "organizations/partnerships :: results";

	static final String DETAIL = "organizations/partnership";

	private static final int PAGE_SIZE = 25;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	PartnershipPages(PartnershipQueries partnerships, VendorProgrammes programmes) {
		this.partnerships = partnerships;
		this.programmes = programmes;
	}

	@GetMapping("/partnerships")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) PartnershipStatus status, @RequestParam(defaultValue = "partner") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		PartnershipCriteria criteria = new PartnershipCriteria(tier, status, q, Math.max(page, 0), PAGE_SIZE, sort);
		PageOf<PartnershipView> results = partnerships.page(criteria);
		model.addAttribute("results", results);
		model.addAttribute("criteria", criteria);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("tiers", partnerships.tierNames());
		model.addAttribute("statuses", PartnershipStatus.values());
		return htmx != null ? RESULTS : LIST;
	}

	@GetMapping("/partnerships/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PartnershipView partnership = partnerships.get(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("programme", programmes.visible(partnership.vendor().id()));
		return DETAIL;
	}
}
