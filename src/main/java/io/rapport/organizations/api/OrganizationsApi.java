package io.rapport.organizations.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.organizations.OrganizationAdministration;
import io.rapport.organizations.OrganizationDetails;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationProfile;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.OrganizationView;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.ProgrammeOverview;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

@RestController
@Tag(name = "Organisations", description = "Vendors, partners and hubs the caller may see, their own administrators' changes to them, and vendors' programmes")
class OrganizationsApi {

	private final OrganizationDirectory directory;

	private final VendorProgrammes programmes;

	private final PartnershipQueries partnerships;

	private final OrganizationAdministration administration;

	OrganizationsApi(OrganizationDirectory directory, VendorProgrammes programmes, PartnershipQueries partnerships,
			OrganizationAdministration administration) {
		this.administration = administration;
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

	@GetMapping("/api/v1/organizations/mine")
	@Operation(summary = "The caller's own organisation: every domain with who vouches for it, and the history of its details")
	OrganizationProfile mine() {
		return administration.mine();
	}

	@PutMapping("/api/v1/organizations/{id}")
	@Operation(summary = "Change the organisation's name, city and verified e-mail domains (its own administrator); "
			+ "listing a vendor's unverified domain confirms it; every change is recorded")
	OrganizationProfile edit(@PathVariable UUID id, @Valid @RequestBody OrganizationDetails details) {
		return administration.edit(id, details);
	}

	@PostMapping("/api/v1/organizations/{id}/domains/{domain}/confirmation")
	@Operation(summary = "Confirm a domain a vendor added for the organisation (its own administrator): "
			+ "it then routes every vendor's calendar attendees")
	OrganizationProfile confirmDomain(@PathVariable UUID id, @PathVariable String domain) {
		return administration.confirmDomain(id, domain);
	}

	@DeleteMapping("/api/v1/organizations/{id}/domains/{domain}")
	@Operation(summary = "Remove one of the organisation's e-mail domains (its own administrator)")
	OrganizationProfile removeDomain(@PathVariable UUID id, @PathVariable String domain) {
		return administration.removeDomain(id, domain);
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
