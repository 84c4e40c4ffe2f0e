package io.rapport.signals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.ReportedProblem;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.RuleMessages;
import io.rapport.signals.AlertDigest;
import io.rapport.signals.AlertEvaluation;
import io.rapport.signals.AlertStatus;
import io.rapport.signals.AlertView;
import io.rapport.signals.Alerts;
import io.rapport.signals.Severity;

/**
 * The at-risk list with its filters, one alert with its history and the steps on it, and the early
 * warning panel of a partnership's page. The vendor's people only: anyone else gets 404.
 */
@Controller
class AlertPages {

	private final Alerts alerts;

	private final AlertEvaluation evaluation;

	private final AlertDigest digest;

	private final RuleMessages rules;

	AlertPages(Alerts alerts, AlertEvaluation evaluation, AlertDigest digest, RuleMessages rules) {
		this.alerts = alerts;
		this.evaluation = evaluation;
		this.digest = digest;
		this.rules = rules;
	}

	/**
	 * @param status LIVE (the default: open or acknowledged), ALL, or one status
	 * @param owner "mine", a user id, or empty for everyone
	 */
	@GetMapping("/alerts")
	String list(@RequestParam(defaultValue = "LIVE") String status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String partner,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Caller caller = vendorCaller();
		UUID vendorId = caller.organizationId();
		Set<AlertStatus> statuses = switch (status) {
			case "ALL" -> Set.of();
			case "LIVE" -> Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);
			default -> Set.of(parse(status));
		};
		UUID ownerId = owner == null || owner.isBlank() ? null : "mine".equals(owner) ? caller.userId() : UUID.fromString(owner);
		String needle = partner == null ? "" : partner.strip().toLowerCase(Locale.ROOT);
		List<AlertView> shown = new ArrayList<>();
		for (AlertView alert : alerts.list(vendorId,
				new Alerts.Filter(statuses, severity == null ? Set.of() : Set.of(severity), ownerId, null))) {
			if (needle.isEmpty() || (alert.partnerName() != null && alert.partnerName().toLowerCase(Locale.ROOT).contains(needle))) {
				shown.add(alert);
			}
		}
		Map<UUID, String> owners = alerts.owners(vendorId);
		model.addAttribute("alerts", shown);
		model.addAttribute("owners", owners);
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("status", status);
		model.addAttribute("severity", severity);
		model.addAttribute("owner", owner == null ? "" : owner);
		model.addAttribute("partner", partner == null ? "" : partner);
		return htmx != null ? "signals/alerts :: results" : "signals/alerts";
	}

	@PostMapping("/alerts/evaluate")
	String evaluate(RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("outcome", evaluation.evaluateNow(vendorCaller().organizationId()));
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/digest")
	String digest(RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("digestSent", digest.sendNow(vendorCaller().organizationId()));
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		return "redirect:/alerts";
	}

	@GetMapping("/alerts/{id}")
	String alert(@PathVariable UUID id, Model model) {
		vendorCaller();
		model.addAttribute("alert", alerts.get(id));
		return "signals/alert";
	}

	@PostMapping("/alerts/{id}/{step:acknowledge|resolve|dismiss}")
	String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		vendorCaller();
		try {
			AlertView alert = switch (step) {
				case "acknowledge" -> alerts.acknowledge(id, note);
				case "resolve" -> alerts.resolve(id, note);
				default -> alerts.dismiss(id, note);
			};
			redirect.addFlashAttribute("done", alert.status().name());
		}
		catch (DomainRuleException | ReportedProblem | AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
			redirect.addFlashAttribute("note", note);
		}
		return "redirect:/alerts/" + id;
	}

	/** The early-warning panel of a partnership's page: its live alert, and how many came before. */
	@GetMapping("/partnerships/{id}/alerts")
	String panel(@PathVariable UUID id, Model model) {
		Caller caller = vendorCaller();
		List<AlertView> history = alerts.list(caller.organizationId(), new Alerts.Filter(Set.of(), Set.of(), null, id));
		model.addAttribute("live", history.stream().filter(a -> a.status().live()).findFirst().orElse(null));
		model.addAttribute("past", history.stream().filter(a -> !a.status().live()).toList());
		return "signals/alert-panel";
	}

	private static Caller vendorCaller() {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser()) {
			throw new NotFoundException("page", "alerts");
		}
		return caller;
	}

	private static AlertStatus parse(String status) {
		try {
			return AlertStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown status " + status);
		}
	}
}
