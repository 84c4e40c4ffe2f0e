package io.rapport.touchpoints.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.RuleMessages;
import io.rapport.touchpoints.CadenceNorms;
import io.rapport.touchpoints.Norm;

/** The channel chief's page for the cadence norms the vendor holds itself to. */
@Controller
class CadenceNormPages {

	static final String PAGE = "touchpoints/norms";

	static final String FORM = "touchpoints/norms :: form";

	private final CadenceNorms norms;

	private final RuleMessages rules;

	CadenceNormPages(CadenceNorms norms, RuleMessages rules) {
		this.norms = norms;
		this.rules = rules;
	}

	@GetMapping("/cadence-norms")
	String page(Model model) {
		model.addAttribute("targets", norms.targets(ownVendor()));
		model.addAttribute("norms", Norm.values());
		return PAGE;
	}

	@PostMapping("/cadence-norms")
	String save(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		UUID vendorId = ownVendor();
		Map<Norm, Integer> targets = new EnumMap<>(Norm.class);
		try {
			for (Norm norm : Norm.values()) {
				String value = form.get(norm.name());
				if (value != null && !value.isBlank()) {
					try {
						targets.put(norm, Integer.parseInt(value.trim()));
					}
					catch (NumberFormatException ex) {
						throw DomainRuleException.rule("touchpoints.rule.normNotWhole", DomainRuleException.term("engagement.norm." + norm.name()), value);
					}
				}
			}
			model.addAttribute("targets", norms.setTargets(vendorId, targets));
			model.addAttribute("saved", true);
		}
		catch (DomainRuleException ex) {
			model.addAttribute("problem", rules.of(ex));
			model.addAttribute("targets", norms.targets(vendorId));
			response.setStatus(422);
		}
		model.addAttribute("norms", Norm.values());
		return FORM;
	}

	private static UUID ownVendor() {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser()) {
			throw new NotFoundException("page", "cadence norms");
		}
		return caller.organizationId();
	}
}
