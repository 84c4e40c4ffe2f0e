package io.rapport.organizations.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.OrganizationView;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.ProgrammeOverview;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

@RestController
@Tag(name = "Organisations", description = "Vendors, partners and hubs the caller may see, and vendors' programmes")
class OrganizationsApi {

	private final OrganizationDirectory directory;

	private final VendorProgrammes programmes;

	private final PartnershipQueries partnerships;

	OrganizationsApi(OrganizationDirectory directory, VendorProgrammes programmes, PartnershipQueries partnerships) {
		this.directory = directory;
		this.programmes = programmes;
		this.partnerships = partnerships;
	}

	@GetMapping("/api/v1/organizations")
	@Operation(summary = "Organisations visible to the caller, optionally of one kind")
	List<OrganizationView> list(@RequestParam(required = false) OrganizationKind kind) {
		return directory.visible(kind);
	}

	@GetMapping("/api/v1/organizations/{id}")
	@Operation(summary = "One organisation; 404 when it is not the caller's to see")
	OrganizationView get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/programme")
	@Operation(summary = "A vendor's fiscal calendar, time zone, reporting currency and tiers")
	VendorProgramme programme(@PathVariable UUID vendorId) {
		return programmes.visible(vendorId);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/overview")
	@Operation(summary = "The vendor's programme at a glance: partnerships by tier and CAM (the vendor's own users)")
	ProgrammeOverview overview(@PathVariable UUID vendorId) {
		return partnerships.overview(vendorId);
	}
}
