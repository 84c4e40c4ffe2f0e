package io.rapport.touchpoints.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.DomainRuleException;
import io.rapport.common.EventDates;
import io.rapport.common.NotFoundException;
import io.rapport.common.imports.ImportRejectedException;
import io.rapport.common.imports.Uploads;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.RuleMessages;
import io.rapport.identity.Seniority;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.touchpoints.Direction;
import io.rapport.touchpoints.NewTouchpoint;
import io.rapport.touchpoints.TouchpointImports;
import io.rapport.touchpoints.TouchpointSource;
import io.rapport.touchpoints.TouchpointTypes;
import io.rapport.touchpoints.Touchpoints;

/** The vendor's touchpoints: the list, the form to record one, the import page, a partnership's timeline. */
@Controller
class TouchpointPages {

	static final String LIST = "touchpoints/list";

	static final String FORM_RESULT = "touchpoints/list :: form";

	static final String IMPORT = "touchpoints/import";

	static final String IMPORT_RESULT = "touchpoints/import :: result";

	static final String TIMELINE = "touchpoints/timeline :: timeline";

	private final Touchpoints touchpoints;

	private final TouchpointTypes types;

	private final TouchpointImports imports;

	private final PartnershipQueries partnerships;

	private final Clock clock;

	private final RuleMessages rules;

	TouchpointPages(Touchpoints touchpoints, TouchpointTypes types, TouchpointImports imports,
			PartnershipQueries partnerships, Clock clock, RuleMessages rules) {
		this.clock = clock;
		this.touchpoints = touchpoints;
		this.types = types;
		this.imports = imports;
		this.partnerships = partnerships;
		this.rules = rules;
	}

	@GetMapping("/touchpoints")
	String list(Model model) {
		UUID vendorId = ownVendor();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("touchpoints", touchpoints.ofVendor(vendorId, today.minusMonths(3), today, 200));
		form(vendorId, model);
		return LIST;
	}

	@PostMapping("/touchpoints")
	String record(@RequestParam String type, @RequestParam String occurredAt, @RequestParam String title,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) List<UUID> partnershipIds,
			@RequestParam(required = false) Seniority seniority, @RequestParam(required = false) Boolean paidForPartners,
			@RequestParam(required = false) Boolean pressInvited, Model model, HttpServletResponse response) {
		UUID vendorId = ownVendor();
		try {
			if (title.isBlank()) {
				throw DomainRuleException.rule("touchpoints.rule.title");
			}
			ZoneId zone = partnershipsZone(vendorId);
			LocalDateTime local = LocalDateTime.parse(occurredAt);
			var refused = EventDates.refusal(local.atZone(zone).toInstant(), clock.instant());
			if (refused.isPresent()) {
				model.addAttribute("problemField", "occurredAt");
				throw DomainRuleException.rule("dates.refused." + refused.get().name());
			}
			model.addAttribute("recorded", touchpoints.record(new NewTouchpoint(type, local.atZone(zone).toOffsetDateTime(),
					title, direction, partnershipIds == null ? List.of() : partnershipIds, seniority, null, paidForPartners,
					pressInvited, null, null), TouchpointSource.MANUAL));
		}
		catch (DomainRuleException | NotFoundException | java.time.format.DateTimeParseException ex) {
			model.addAttribute("problem", ex instanceof java.time.format.DateTimeParseException
					? rules.get("touchpoints.rule.dateTimeFormat") : rules.of(ex));
			response.setStatus(422);
		}
		form(vendorId, model);
		return FORM_RESULT;
	}

	@GetMapping("/touchpoints/import")
	String importPage() {
		ownVendor();
		return IMPORT;
	}

	@PostMapping("/touchpoints/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model,
			HttpServletResponse response) throws IOException {
		ownVendor();
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (file.isEmpty()) {
			model.addAttribute("problem", "empty");
			response.setStatus(422);
			return IMPORT_RESULT;
		}
		try {
			model.addAttribute("report", Uploads.onDisk(file, path -> imports.importFile(path, from, to, dryRun)));
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("rejection", ex);
		}
		catch (DomainRuleException ex) {
			model.addAttribute("rejection", new ImportRejectedException(1,
					List.of(new io.rapport.common.imports.RowError(0, null, ex.getMessage(), ex.code(), ex.arguments()))));
		}
		return IMPORT_RESULT;
	}

	@GetMapping("/partnerships/{id}/touchpoints")
	String timeline(@PathVariable UUID id, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("touchpoints", touchpoints.ofPartnership(id, today.minusYears(1), today));
		return TIMELINE;
	}

	private void form(UUID vendorId, Model model) {
		model.addAttribute("types", types.of(vendorId));
		List<PartnershipEntry> active = new ArrayList<>();
		partnerships.register(vendorId).forEach(e -> {
			if (e.endedOn() == null) {
				active.add(e);
			}
		});
		model.addAttribute("partnerships", active);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("seniorities", Seniority.values());
	}

	private ZoneId partnershipsZone(UUID vendorId) {
		return types.zoneOf(vendorId);
	}

	private static UUID ownVendor() {
		Caller caller = CurrentCaller.get();
		if (!caller.isVendorUser()) {
			throw new NotFoundException("page", "touchpoints");
		}
		return caller.organizationId();
	}
}
