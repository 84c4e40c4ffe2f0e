package io.rapport.workbench.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.rapport.common.tenancy.Caller;
import io.rapport.organizations.OrganizationDirectory;

/** The analyst's home: the vendors across the hub's programmes. */
@Component
class AnalystHome {

	static final String PAGE = "workbench/home-analyst";

	private final OrganizationDirectory organizations;

	AnalystHome(OrganizationDirectory organizations) {
		this.organizations = organizations;
	}

	String show(Caller caller, Model model) {
		model.addAttribute("vendors", organizations.vendorSummaries());
		return PAGE;
	}
}
