package io.rapport.support.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.RuleMessages;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.support.CaseEvent;
import io.rapport.support.CaseStateException;
import io.rapport.support.Channel;
import io.rapport.support.NewSupportCase;
import io.rapport.support.Severity;
import io.rapport.support.SupportCases;
import io.rapport.support.SupportMetrics;
import io.rapport.support.SupportMetricsView;
import io.rapport.support.SupportTarget;
import io.rapport.support.SupportTargets;

/**
 * The support page: a partner opens cases and follows them with all its vendors; the vendor's
 * channel team answers and resolves them, reads the last year's figures and, for the chief, sets
 * the targets.
 */
@Controller
class SupportPages {

	private static final ZoneId SHOWN_IN = ZoneId.of("Europe/Warsaw");

	private final SupportCases cases;

	private final SupportMetrics metrics;

	private final SupportTargets targets;

	private final PartnershipQueries partnerships;

	private final RuleMessages rules;

	SupportPages(SupportCases cases, SupportMetrics metrics, SupportTargets targets, PartnershipQueries partnerships, RuleMessages rules) {
		this.cases = cases;
		this.metrics = metrics;
		this.targets = targets;
		this.partnerships = partnerships;
		this.rules = rules;
	}

	@GetMapping("/support")
	String page(Model model) {
		return page(model, null, null);
	}

	@PostMapping("/support")
	String open(@RequestParam UUID partnershipId, @RequestParam Channel channel, @RequestParam Severity severity,
			@RequestParam String subject, Model model, HttpServletResponse response) {
		try {
			if (subject.isBlank()) {
				throw DomainRuleException.rule("support.rule.subject");
			}
			cases.open(new NewSupportCase(partnershipId, channel, severity, subject, null), "MANUAL");
			return page(model, "opened", null);
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			response.setStatus(422);
			return page(model, null, rules.of(ex));
		}
	}

	@PostMapping("/support/{id}/events")
	String record(@PathVariable UUID id, @RequestParam CaseEvent.Type type, @RequestParam(required = false) Boolean firstCall,
			Model model, HttpServletResponse response) {
		try {
			cases.record(id, new CaseEvent(type, OffsetDateTime.now(ZoneOffset.UTC), firstCall));
			return page(model, type == CaseEvent.Type.RESOLVED ? "resolved" : "answered", null);
		}
		catch (DomainRuleException ex) {
			response.setStatus(422);
			return page(model, null, rules.of(ex));
		}
		catch (CaseStateException ex) {
			response.setStatus(409);
			return page(model, null, rules.of(ex));
		}
	}

	@PostMapping("/support/targets")
	String saveTargets(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		UUID vendorId = CurrentCaller.get().organizationId();
		try {
			List<SupportTarget> changed = new ArrayList<>();
			for (Severity severity : Severity.values()) {
				changed.add(new SupportTarget(severity, hours(form.get("response." + severity), severity),
						hours(form.get("resolution." + severity), severity)));
			}
			targets.save(vendorId, changed);
			return page(model, "targets", null);
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			response.setStatus(422);
			return page(model, null, rules.of(ex));
		}
	}

	private String page(Model model, String done, String problem) {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser() && !caller.isPartnerUser()) {
			throw new NotFoundException("page", "support");
		}
		model.addAttribute("cases", cases.list(null, 200));
		model.addAttribute("done", done);
		model.addAttribute("problem", problem);
		model.addAttribute("zone", SHOWN_IN);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("severities", Severity.values());
		if (caller.isPartnerUser()) {
			model.addAttribute("partnerships", partnerships.ofOrganization(caller.organizationId()).stream()
				.filter(p -> p.status() == PartnershipStatus.ACTIVE).toList());
		}
		else {
			SupportMetricsView figures = metrics.of(caller.organizationId(), null, null);
			model.addAttribute("metrics", figures);
			model.addAttribute("targets", figures.targets());
		}
		return "support/cases";
	}

	/** Targets are edited in hours, the way a helpdesk states them. */
	private static int hours(String value, Severity severity) {
		try {
			double hours = Double.parseDouble(value.trim().replace(',', '.'));
			return (int) Math.round(hours * 60);
		}
		catch (RuntimeException ex) {
			throw DomainRuleException.rule("support.rule.targetHours", DomainRuleException.term("support.severity." + severity.name()), value);
		}
	}
}
