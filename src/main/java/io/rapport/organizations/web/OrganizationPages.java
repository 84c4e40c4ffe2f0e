package io.rapport.organizations.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.DomainTakenException;
import io.rapport.organizations.OrganizationAdministration;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationField;
import io.rapport.organizations.OrganizationProfile;
import io.rapport.organizations.PartnershipQueries;

/**
 * An organisation's page. Its own administrator edits the registered details there, confirms or
 * removes domains vendors added and sees the history of changes; a vendor is told the details are
 * the organisation's own and which of the domains it typed still wait for confirmation (issue 12).
 */
@Controller
class OrganizationPages {

	static final String VIEW = "organizations/organization";

	private final OrganizationDirectory organizations;

	private final OrganizationAdministration administration;

	private final PartnershipQueries partnerships;

	OrganizationPages(OrganizationDirectory organizations, OrganizationAdministration administration,
			PartnershipQueries partnerships) {
		this.organizations = organizations;
		this.administration = administration;
		this.partnerships = partnerships;
	}

	@GetMapping("/organizations/{id}")
	String organization(@PathVariable UUID id, Model model) {
		OrganizationProfile profile = fill(id, model);
		if (profile != null && profile.editable() && !model.containsAttribute("form")) {
			model.addAttribute("form", OrganizationForm.of(profile));
		}
		return VIEW;
	}

	@PostMapping("/organizations/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// Another organisation's id is not found, whatever the form says.
		administration.own(id);
		if (!errors.hasErrors()) {
			try {
				administration.edit(id, form.details());
				redirect.addFlashAttribute("done", "saved");
				return "redirect:/organizations/" + id;
			}
			catch (DomainTakenException ex) {
				errors.rejectValue("domains", "organization.form.domainTaken", new Object[] { ex.domain() }, ex.getMessage());
			}
		}
		response.setStatus(422);
		fill(id, model);
		return VIEW;
	}

	@PostMapping("/organizations/{id}/domains/confirm")
	String confirmDomain(@PathVariable UUID id, @RequestParam String domain, RedirectAttributes redirect) {
		administration.confirmDomain(id, domain);
		redirect.addFlashAttribute("done", "confirmed");
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/organizations/{id}/domains/remove")
	String removeDomain(@PathVariable UUID id, @RequestParam String domain, RedirectAttributes redirect) {
		administration.removeDomain(id, domain);
		redirect.addFlashAttribute("done", "removed");
		return "redirect:/organizations/" + id;
	}

	/** Puts what the page shows into the model; the caller's own organisation's profile, if it is theirs. */
	private OrganizationProfile fill(UUID id, Model model) {
		Caller caller = CurrentCaller.get();
		model.addAttribute("organization", organizations.get(id));
		model.addAttribute("partnerships", partnerships.ofOrganization(id));
		if (caller.organizationId().equals(id)) {
			OrganizationProfile profile = administration.own(id);
			model.addAttribute("profile", profile);
			model.addAttribute("history", profile.history().stream().map(HistoryRow::of).toList());
			return profile;
		}
		if (caller.isVendorUser()) {
			model.addAttribute("claims", organizations.unconfirmedClaims(id));
		}
		return null;
	}

	/** One change as the page lists it, its time in Rapport's home time zone. */
	record HistoryRow(ZonedDateTime changedAt, String changedBy, OrganizationField field, String from, String to) {

		private static final ZoneId HOME = ZoneId.of("Europe/Warsaw");

		static HistoryRow of(OrganizationProfile.Change change) {
			return new HistoryRow(change.changedAt().atZone(HOME), change.changedBy(), change.field(), change.from(),
					change.to());
		}
	}
}
