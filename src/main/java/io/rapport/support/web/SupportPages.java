package io.rapport.support.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CapabilityMissingException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.common.web.RuleMessages;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.support.CaseEvent;
import io.rapport.support.CaseFilter;
import io.rapport.support.CaseSort;
import io.rapport.support.CaseStateException;
import io.rapport.support.Channel;
import io.rapport.support.NewSupportCase;
import io.rapport.support.Severity;
import io.rapport.support.SupportCaseLine;
import io.rapport.support.SupportCaseView;
import io.rapport.support.SupportCases;
import io.rapport.support.SupportMetrics;
import io.rapport.support.SupportMetricsView;
import io.rapport.support.SupportTarget;
import io.rapport.support.SupportTargets;

/**
 * The support page: a partner opens cases and follows them with all its vendors; the vendor's
 * channel team answers and resolves them at the time it happened, reads the last year's figures
 * and, for the chief, sets the targets. The list is filtered, ordered and paged on the server and
 * exports as it is filtered. Every change answers with a redirect to the list (the address keeps
 * its filters out of a form's action), its outcome shown once.
 */
@Controller
class SupportPages {

	static final String PAGE = "support/cases";

	static final String LIST = "support/cases :: list";

	private static final ZoneId SHOWN_IN = ZoneId.of("Europe/Warsaw");

	private static final int PAGE_SIZE = 25;

	private final SupportCases cases;

	private final SupportMetrics metrics;

	private final SupportTargets targets;

	private final PartnershipQueries partnerships;

	private final RuleMessages rules;

	private final Clock clock;

	SupportPages(SupportCases cases, SupportMetrics metrics, SupportTargets targets, PartnershipQueries partnerships,
			RuleMessages rules, Clock clock) {
		this.cases = cases;
		this.metrics = metrics;
		this.targets = targets;
		this.partnerships = partnerships;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The list's filters as the address gives them; a value the page does not know is no filter.
	 *
	 * @param status {@code OPEN} or {@code RESOLVED}
	 * @param overdue {@code true} for open cases past their target
	 */
	record CaseQuery(String status, String overdue, String channel, String severity, String sort, String page,
			String format) {

		Integer pageNumber() {
			try {
				return page == null || page.isBlank() ? null : Integer.valueOf(page.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		CaseFilter filter() {
			return new CaseFilter(known(CaseFilter.Status.class, status), "true".equalsIgnoreCase(overdue),
					known(Channel.class, channel), known(Severity.class, severity));
		}

		Sorting<CaseSort> sorting() {
			return Sorting.lenient(sort, CaseSort.class, CaseSort.OPENED, false);
		}

		private static <E extends Enum<E>> E known(Class<E> type, String value) {
			if (value == null) {
				return null;
			}
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(value.strip())) {
					return constant;
				}
			}
			return null;
		}
	}

	/** A case a partner escalates. */
	record OpenForm(@NotNull UUID partnershipId, @NotNull Channel channel, @NotNull Severity severity,
			@NotBlank @Size(max = TextLimits.TITLE) @NoControlCharacters String subject) {
	}

	/** The first response or the resolution, at the time it happened in the programme's zone. */
	record EventForm(@NotNull CaseEvent.Type type, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			Boolean firstCall) {
	}

	/** The targets per severity in hours, the way a helpdesk states them. */
	record TargetsForm(@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal responseCritical,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal resolutionCritical,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal responseHigh,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal resolutionHigh,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal responseNormal,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal resolutionNormal,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal responseLow,
			@NotNull @DecimalMin("0.01") @DecimalMax("720") BigDecimal resolutionLow) {

		List<SupportTarget> targets() {
			return List.of(target(Severity.CRITICAL, responseCritical, resolutionCritical),
					target(Severity.HIGH, responseHigh, resolutionHigh), target(Severity.NORMAL, responseNormal, resolutionNormal),
					target(Severity.LOW, responseLow, resolutionLow));
		}

		private static SupportTarget target(Severity severity, BigDecimal response, BigDecimal resolution) {
			return new SupportTarget(severity, minutes(response), minutes(resolution));
		}

		private static int minutes(BigDecimal hours) {
			return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
		}
	}

	@GetMapping("/support")
	Object page(@ModelAttribute("query") CaseQuery query, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		Caller caller = visitor();
		CaseFilter filter = query.filter();
		Sorting<CaseSort> sorting = query.sorting();
		Optional<ExportFormat> format = ExportFormat.of(query.format());
		if (format.isPresent()) {
			return export(format.get(), caller, filter, sorting, locale);
		}
		PageOf<SupportCaseLine> results = cases.page(filter, sorting, Paging.of(query.pageNumber(), null, PAGE_SIZE));
		model.addAttribute("results", results);
		model.addAttribute("filter", filter);
		model.addAttribute("sorting", sorting);
		model.addAttribute("zone", SHOWN_IN);
		model.addAttribute("now", LocalDateTime.now(clock.withZone(SHOWN_IN)).truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("statuses", CaseFilter.Status.values());
		if (htmx != null) {
			return LIST;
		}
		if (caller.isPartnerUser()) {
			model.addAttribute("partnerships", partnerships.ofOrganization(caller.organizationId()).stream()
				.filter(p -> p.status() == PartnershipStatus.ACTIVE).toList());
		}
		else {
			SupportMetricsView figures = metrics.of(caller.organizationId(), null, null);
			model.addAttribute("metrics", figures);
			model.addAttribute("targets", figures.targets());
		}
		return PAGE;
	}

	@PostMapping("/support")
	String open(@Valid @ModelAttribute OpenForm form, BindingResult binding, RedirectAttributes redirect) {
		visitor();
		if (binding.hasErrors()) {
			return refused(redirect, rules.get(binding.hasFieldErrors("subject") ? "support.form.subject" : "support.form.invalid"));
		}
		try {
			cases.open(new NewSupportCase(form.partnershipId(), form.channel(), form.severity(), form.subject(), null), "MANUAL");
			return done(redirect, "opened");
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			return refused(redirect, rules.of(ex));
		}
	}

	@PostMapping("/support/{id}/events")
	String record(@PathVariable UUID id, @Valid @ModelAttribute EventForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Caller caller = visitor();
		if (!caller.may(Capability.WORK_WITH_PARTNERS)) {
			throw new CapabilityMissingException(Capability.WORK_WITH_PARTNERS);
		}
		if (binding.hasErrors()) {
			return refused(redirect, rules.get("support.form.eventTime"));
		}
		try {
			cases.record(id, new CaseEvent(form.type(), at(cases.get(id), form), Boolean.TRUE.equals(form.firstCall()) ? Boolean.TRUE : null));
			return done(redirect, form.type() == CaseEvent.Type.RESOLVED ? "resolved" : "answered");
		}
		catch (DomainRuleException | CaseStateException ex) {
			return refused(redirect, rules.of(ex));
		}
	}

	@PostMapping("/support/targets")
	String saveTargets(@Valid @ModelAttribute TargetsForm form, BindingResult binding, RedirectAttributes redirect) {
		Caller caller = visitor();
		caller.require(Capability.RUN_PROGRAMME);
		if (binding.hasErrors()) {
			return refused(redirect, rules.get("support.form.targets"));
		}
		try {
			targets.save(caller.organizationId(), form.targets());
			return done(redirect, "targets");
		}
		catch (DomainRuleException ex) {
			return refused(redirect, rules.of(ex));
		}
	}

	/**
	 * The moment the form names. The form gives whole minutes: a minute that holds the case's
	 * opening (or, for a resolution, its first response) means that moment, not a time before it.
	 */
	private static OffsetDateTime at(SupportCaseView c, EventForm form) {
		Instant chosen = form.at().atZone(SHOWN_IN).toInstant();
		Instant floor = form.type() == CaseEvent.Type.RESOLVED && c.firstResponseAt() != null ? c.firstResponseAt() : c.openedAt();
		if (chosen.isBefore(floor) && chosen.plus(1, ChronoUnit.MINUTES).isAfter(floor)) {
			chosen = floor;
		}
		return chosen.atZone(SHOWN_IN).toOffsetDateTime();
	}

	private ResponseEntity<byte[]> export(ExportFormat format, Caller caller, CaseFilter filter, Sorting<CaseSort> sorting,
			Locale locale) {
		List<SupportCaseLine> lines = cases.all(filter, sorting, TableExports.MAX_ROWS);
		TableExports.checkSize(lines.size());
		boolean partner = caller.isPartnerUser();
		ExportTable.Builder table = ExportTable.named(rules.get("support.export.file"),
				rules.get(partner ? "support.vendor" : "support.partner"), rules.get("support.subject.short"),
				rules.get("support.channel"), rules.get("support.severity"), rules.get("support.openedAt"),
				rules.get("support.firstResponse"), rules.get("support.export.firstResponseMinutes"), rules.get("support.resolved"),
				rules.get("support.export.resolutionMinutes"), rules.get("support.firstCall"), rules.get("support.overdue"));
		for (SupportCaseLine line : lines) {
			SupportCaseView c = line.c();
			table.row(partner ? c.vendorName() : c.partnerName(), c.subject(), rules.get("support.channel." + c.channel()),
					rules.get("support.severity." + c.severity()), c.openedAt(), c.firstResponseAt(), c.firstResponseMinutes(),
					c.resolvedAt(), c.resolutionMinutes(), c.resolvedOnFirstCall(), line.overdue());
		}
		return TableExports.response(format, table.build(), locale, SHOWN_IN);
	}

	private static String done(RedirectAttributes redirect, String what) {
		redirect.addFlashAttribute("done", what);
		return "redirect:/support";
	}

	private static String refused(RedirectAttributes redirect, String problem) {
		redirect.addFlashAttribute("problem", problem);
		return "redirect:/support";
	}

	private static Caller visitor() {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser() && !caller.isPartnerUser()) {
			throw new NotFoundException("page", "support");
		}
		return caller;
	}
}
