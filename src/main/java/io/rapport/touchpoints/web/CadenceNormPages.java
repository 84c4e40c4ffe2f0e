package io.rapport.touchpoints.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import io.rapport.common.DomainRuleException;
import io.rapport.common.Quarter;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.RuleMessages;
import io.rapport.touchpoints.CadenceNorms;
import io.rapport.touchpoints.Norm;
import io.rapport.touchpoints.NormCheck;

/**
 * The cadence norms the vendor holds itself to: each in plain words with its target, editable by
 * the channel chief, and where it stands in the quarter under way (on track or behind until the
 * quarter ends).
 */
@Controller
class CadenceNormPages {

	static final String PAGE = "touchpoints/norms";

	static final String FORM = "touchpoints/norms :: normsBlock";

	private final CadenceNorms norms;

	private final RuleMessages rules;

	CadenceNormPages(CadenceNorms norms, RuleMessages rules) {
		this.norms = norms;
		this.rules = rules;
	}

	/** The targets as the form gives them, one field per norm. */
	record NormsForm(@NotNull @Min(0) @Max(1000) Integer conferencePerYear,
			@NotNull @Min(0) @Max(1000) Integer pressBriefingPerQuarter,
			@NotNull @Min(0) @Max(1000) Integer executivePressPerQuarter,
			@NotNull @Min(0) @Max(1000) Integer topTierMeetingPerQuarter,
			@NotNull @Min(0) @Max(1000) Integer channelMarketingPerMonth,
			@NotNull @Min(0) @Max(1000) Integer independentEventsPerYear,
			@NotNull @Min(0) @Max(1000) Integer vendorContactPerQuarter) {

		Map<Norm, Integer> targets() {
			Map<Norm, Integer> targets = new EnumMap<>(Norm.class);
			targets.put(Norm.CONFERENCE_PER_YEAR, conferencePerYear);
			targets.put(Norm.PRESS_BRIEFING_PER_QUARTER, pressBriefingPerQuarter);
			targets.put(Norm.EXECUTIVE_PRESS_PER_QUARTER, executivePressPerQuarter);
			targets.put(Norm.TOP_TIER_MEETING_PER_QUARTER, topTierMeetingPerQuarter);
			targets.put(Norm.CHANNEL_MARKETING_PER_MONTH, channelMarketingPerMonth);
			targets.put(Norm.INDEPENDENT_EVENTS_PER_YEAR, independentEventsPerYear);
			targets.put(Norm.VENDOR_CONTACT_PER_QUARTER, vendorContactPerQuarter);
			return targets;
		}
	}

	/**
	 * One line of the page.
	 *
	 * @param field the form field that holds the norm's target
	 * @param check the norm in the quarter under way
	 */
	record NormLine(Norm norm, String field, int target, NormCheck check) {
	}

	@GetMapping("/cadence-norms")
	String page(@OwnVendor UUID vendorId, Model model) {
		lines(vendorId, norms.targets(vendorId), model);
		return PAGE;
	}

	@PostMapping("/cadence-norms")
	String save(@OwnVendor UUID vendorId, @Valid @ModelAttribute NormsForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		CurrentCaller.get().require(Capability.RUN_PROGRAMME);
		if (binding.hasErrors()) {
			String field = binding.getFieldError() == null ? null : binding.getFieldError().getField();
			Norm norm = field == null ? null : normOf(field);
			model.addAttribute("problem", norm == null ? rules.get("norms.form.invalid")
					: rules.get("norms.form.target", rules.get("norms.label." + norm.name())));
			model.addAttribute("problemNorm", norm);
			response.setStatus(422);
			lines(vendorId, norms.targets(vendorId), model);
			return FORM;
		}
		try {
			lines(vendorId, norms.setTargets(vendorId, form.targets()), model);
			model.addAttribute("saved", true);
		}
		catch (DomainRuleException ex) {
			model.addAttribute("problem", rules.of(ex));
			response.setStatus(422);
			lines(vendorId, norms.targets(vendorId), model);
		}
		return FORM;
	}

	private void lines(UUID vendorId, Map<Norm, Integer> targets, Model model) {
		Quarter quarter = norms.currentQuarter(vendorId);
		Map<Norm, NormCheck> checks = new EnumMap<>(Norm.class);
		norms.check(vendorId, quarter).forEach(c -> checks.put(c.norm(), c));
		List<NormLine> lines = new ArrayList<>();
		for (Norm norm : Norm.values()) {
			lines.add(new NormLine(norm, field(norm), targets.get(norm), checks.get(norm)));
		}
		model.addAttribute("lines", lines);
		model.addAttribute("quarter", quarter);
	}

	/** The norm's form field: its name in lower camel case ({@code conferencePerYear}). */
	static String field(Norm norm) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : norm.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	private static Norm normOf(String field) {
		for (Norm norm : Norm.values()) {
			if (field(norm).equals(field)) {
				return norm;
			}
		}
		return null;
	}
}
