package io.rapport.touchpoints.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.EventDates;
import io.rapport.common.NotFoundException;
import io.rapport.common.PageOf;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.CapabilityMissingException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.RuleMessages;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.common.web.lists.Paging;
import io.rapport.common.web.lists.Sorting;
import io.rapport.identity.Seniority;
import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.touchpoints.Direction;
import io.rapport.touchpoints.NewTouchpoint;
import io.rapport.touchpoints.TouchpointFilter;
import io.rapport.touchpoints.TouchpointSort;
import io.rapport.touchpoints.TouchpointSource;
import io.rapport.touchpoints.TouchpointType;
import io.rapport.touchpoints.TouchpointTypes;
import io.rapport.touchpoints.TouchpointView;
import io.rapport.touchpoints.Touchpoints;

/**
 * The vendor's touchpoints: the list (filtered by type, partner and dates, ordered and paged on
 * the server, exported as filtered), recording one with a type-ahead picker of partnerships,
 * correcting and deleting one. Only the channel team (who may work with partners) meets the
 * controls; the server refuses everyone else anyway.
 */
@Controller
class TouchpointListPages {

	static final String LIST = "touchpoints/list";

	static final String LIST_RESULTS = "touchpoints/list :: results";

	static final String FORM_RESULT = "touchpoints/list :: recordForm";

	static final String EDIT = "touchpoints/edit";

	static final String DELETE = "touchpoints/delete";

	static final String MATCHES = "touchpoints/form :: matches";

	static final String CHIP_ADDED = "touchpoints/form :: added";

	private static final int PAGE_SIZE = 25;

	private final Touchpoints touchpoints;

	private final TouchpointTypes types;

	private final PartnershipQueries partnerships;

	private final RuleMessages rules;

	private final Clock clock;

	TouchpointListPages(Touchpoints touchpoints, TouchpointTypes types, PartnershipQueries partnerships, RuleMessages rules,
			Clock clock) {
		this.clock = clock;
		this.touchpoints = touchpoints;
		this.types = types;
		this.partnerships = partnerships;
		this.rules = rules;
	}

	/**
	 * The list's filters as the address gives them; a value that does not parse is no filter.
	 *
	 * @param partner any part of a partner's name or tax id
	 */
	record TouchpointQuery(String type, String partner, String from, String to, String sort, String page, String format) {

		LocalDate fromDay() {
			return day(from);
		}

		LocalDate toDay() {
			return day(to);
		}

		/** Whether a date was given that is no date. */
		boolean dateRefused() {
			return (from != null && !from.isBlank() && fromDay() == null) || (to != null && !to.isBlank() && toDay() == null);
		}

		Integer pageNumber() {
			return number(page);
		}

		private static LocalDate day(String text) {
			try {
				return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}

	/** A touchpoint as the form gives it, its time in the vendor's zone. */
	record TouchpointForm(@NotBlank @Size(max = TextLimits.CODE) @NoControlCharacters String type,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@NotBlank @Size(max = TextLimits.TITLE) @NoControlCharacters String title, Direction direction,
			List<UUID> partnershipIds, Seniority seniority, Boolean paidForPartners, Boolean pressInvited) {

		static TouchpointForm of(TouchpointView t) {
			return new TouchpointForm(t.type(), t.occurredAt().toLocalDateTime(), t.title(), t.direction(), t.partnershipIds(),
					t.seniority(), t.paidForPartners(), t.pressInvited());
		}

		List<UUID> chosen() {
			return partnershipIds == null ? List.of() : partnershipIds.stream().distinct().toList();
		}

		NewTouchpoint request(ZoneId zone, String externalId, TouchpointView before) {
			return new NewTouchpoint(type, occurredAt.atZone(zone).toOffsetDateTime(), title, direction, chosen(), seniority,
					externalId, flag(paidForPartners), flag(pressInvited), before == null ? null : before.answered(),
					before == null ? null : before.daysToAnswer());
		}

		/** An unticked box says nothing: the kind may have no such attribute. */
		private static Boolean flag(Boolean ticked) {
			return Boolean.TRUE.equals(ticked) ? Boolean.TRUE : null;
		}
	}

	@GetMapping("/touchpoints")
	Object list(@OwnVendor UUID vendorId, @ModelAttribute("query") TouchpointQuery query,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model, Locale locale) {
		Map<UUID, PartnershipEntry> register = register(vendorId);
		TouchpointFilter filter = filter(query, register);
		Sorting<TouchpointSort> sorting = Sorting.lenient(query.sort(), TouchpointSort.class, TouchpointSort.OCCURRED, false);
		Optional<ExportFormat> format = ExportFormat.of(query.format());
		if (format.isPresent()) {
			return export(vendorId, format.get(), filter, sorting, register, locale);
		}
		PageOf<TouchpointView> results = touchpoints.page(vendorId, filter, sorting,
				Paging.of(query.pageNumber(), null, PAGE_SIZE));
		model.addAttribute("results", results);
		model.addAttribute("sorting", sorting);
		model.addAttribute("names", names(register));
		model.addAttribute("types", types.of(vendorId));
		model.addAttribute("dateRefused", query.dateRefused());
		if (htmx != null && !"touchpoint-form-block".equals(htmxTarget)) {
			return LIST_RESULTS;
		}
		form(vendorId, model, empty(), List.of());
		return LIST;
	}

	@PostMapping("/touchpoints")
	String record(@OwnVendor UUID vendorId, @Valid @ModelAttribute("form") TouchpointForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		requireChannelTeam();
		ZoneId zone = types.zoneOf(vendorId);
		if (!refused(form, binding, zone, model)) {
			try {
				TouchpointView recorded = touchpoints.record(form.request(zone, null, null), TouchpointSource.MANUAL);
				model.addAttribute("recorded", recorded);
				// The list beside the form shows the new touchpoint.
				response.setHeader("HX-Trigger", "touchpoints-changed");
				form(vendorId, model, empty(), List.of());
				return FORM_RESULT;
			}
			catch (DomainRuleException ex) {
				model.addAttribute("problem", rules.of(ex));
			}
			catch (NotFoundException ex) {
				model.addAttribute("problem", rules.get("touchpoints.form.partnership"));
			}
		}
		response.setStatus(422);
		TouchpointForm shown = form == null ? empty() : form;
		form(vendorId, model, shown, chosen(vendorId, shown.chosen()));
		return FORM_RESULT;
	}

	@GetMapping("/touchpoints/{id}/edit")
	String edit(@OwnVendor UUID vendorId, @PathVariable UUID id, Model model) {
		requireChannelTeam();
		TouchpointView touchpoint = touchpoints.find(id);
		model.addAttribute("touchpoint", touchpoint);
		TouchpointForm form = TouchpointForm.of(touchpoint);
		form(vendorId, model, form, chosen(vendorId, form.chosen()));
		return EDIT;
	}

	@PostMapping("/touchpoints/{id}")
	String correct(@OwnVendor UUID vendorId, @PathVariable UUID id, @Valid @ModelAttribute("form") TouchpointForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		requireChannelTeam();
		TouchpointView before = touchpoints.find(id);
		ZoneId zone = types.zoneOf(vendorId);
		if (!refused(form, binding, zone, model)) {
			try {
				TouchpointView corrected = touchpoints.correct(id, form.request(zone, null, before));
				redirect.addFlashAttribute("changed", rules.get("touchpoints.corrected", corrected.title()));
				return "redirect:/touchpoints";
			}
			catch (DomainRuleException ex) {
				model.addAttribute("problem", rules.of(ex));
			}
			catch (NotFoundException ex) {
				model.addAttribute("problem", rules.get("touchpoints.form.partnership"));
			}
		}
		response.setStatus(422);
		model.addAttribute("touchpoint", before);
		TouchpointForm shown = form == null ? TouchpointForm.of(before) : form;
		form(vendorId, model, shown, chosen(vendorId, shown.chosen()));
		return EDIT;
	}

	@GetMapping("/touchpoints/{id}/delete")
	String confirmDelete(@OwnVendor UUID vendorId, @PathVariable UUID id, Model model) {
		requireChannelTeam();
		model.addAttribute("touchpoint", touchpoints.find(id));
		model.addAttribute("names", names(register(vendorId)));
		return DELETE;
	}

	@PostMapping("/touchpoints/{id}/delete")
	String delete(@OwnVendor UUID vendorId, @PathVariable UUID id, RedirectAttributes redirect) {
		requireChannelTeam();
		TouchpointView touchpoint = touchpoints.find(id);
		touchpoints.delete(id);
		redirect.addFlashAttribute("changed", rules.get("touchpoints.deleted", touchpoint.title()));
		return "redirect:/touchpoints";
	}

	/** The type-ahead: partnerships whose partner's name (or tax id) holds the text, those chosen already left out. */
	@GetMapping("/touchpoints/partnership-search")
	String search(@OwnVendor UUID vendorId, @RequestParam(required = false) String partnerSearch,
			@RequestParam(required = false) List<UUID> partnershipIds, Model model) {
		requireChannelTeam();
		Set<UUID> chosen = partnershipIds == null ? Set.of() : new HashSet<>(partnershipIds);
		model.addAttribute("matches", PartnerSearch.find(register(vendorId).values(), partnerSearch, chosen));
		model.addAttribute("searched", partnerSearch != null && !partnerSearch.isBlank());
		return MATCHES;
	}

	/** A chosen partnership as a removable chip; nothing when it is chosen already. */
	@GetMapping("/touchpoints/partnership-chip")
	String chip(@OwnVendor UUID vendorId, @RequestParam UUID id, @RequestParam(required = false) List<UUID> partnershipIds,
			Model model) {
		requireChannelTeam();
		PartnershipEntry entry = register(vendorId).get(id);
		if (entry == null) {
			throw new NotFoundException("partnership", id);
		}
		boolean already = partnershipIds != null && partnershipIds.contains(id);
		model.addAttribute("chip", already ? null : entry);
		return CHIP_ADDED;
	}

	/** What a chip's remove button asks for: the chip goes ({@code hx-swap="delete"}), nothing comes back. */
	@GetMapping("/touchpoints/partnership-chip/removed")
	@ResponseBody
	String removed(@OwnVendor UUID vendorId) {
		return "";
	}

	private ResponseEntity<byte[]> export(UUID vendorId, ExportFormat format, TouchpointFilter filter,
			Sorting<TouchpointSort> sorting, Map<UUID, PartnershipEntry> register, Locale locale) {
		List<TouchpointView> all = touchpoints.all(vendorId, filter, sorting, TableExports.MAX_ROWS);
		TableExports.checkSize(all.size());
		Map<String, TouchpointType> byCode = types.of(vendorId).stream()
			.collect(Collectors.toMap(TouchpointType::code, t -> t, (a, b) -> a));
		ExportTable.Builder table = ExportTable.named(rules.get("touchpoints.export.file"), rules.get("touchpoints.when"),
				rules.get("touchpoints.type"), rules.get("touchpoints.titleField"), rules.get("touchpoints.directionField"),
				rules.get("touchpoints.reach"), rules.get("touchpoints.seniorityField"), rules.get("touchpoints.export.source"));
		for (TouchpointView t : all) {
			TouchpointType type = byCode.get(t.type());
			String kind = rules.get("touchpoints.kind." + t.kind());
			String typeName = type == null || type.code().equals(type.kind().name()) ? kind : type.name() + " (" + kind + ")";
			String reach = t.channelWide() ? rules.get("touchpoints.channelWide")
					: t.partnershipIds().stream().map(p -> register.containsKey(p) ? register.get(p).partnerName() : p.toString())
						.sorted().collect(Collectors.joining("; "));
			table.row(t.occurredAt().toInstant(), typeName, t.title(), rules.get("touchpoints.direction." + t.direction()), reach,
					t.seniority() == null ? null : rules.get("touchpoints.seniority." + t.seniority()),
					rules.get("touchpoints.source." + t.source()));
		}
		return TableExports.response(format, table.build(), locale, types.zoneOf(vendorId));
	}

	/**
	 * Whether the form is refused before it reaches the domain: a field missing or malformed, or a
	 * time that cannot have happened; the reason in the model, under the field where it has one.
	 */
	private boolean refused(TouchpointForm form, BindingResult binding, ZoneId zone, Model model) {
		if (binding.hasFieldErrors("occurredAt") || form == null) {
			model.addAttribute("problemField", "occurredAt");
			model.addAttribute("problem", rules.get("touchpoints.form.when"));
			return true;
		}
		if (binding.hasErrors()) {
			String field = binding.getFieldError() == null ? "" : binding.getFieldError().getField();
			boolean tooLong = field.equals("title") && "Size".equals(binding.getFieldError().getCode());
			model.addAttribute("problem", tooLong ? rules.get("touchpoints.form.titleLength", TextLimits.TITLE)
					: rules.get(field.equals("title") ? "touchpoints.form.title"
							: field.equals("type") ? "touchpoints.form.type" : "touchpoints.form.invalid"));
			return true;
		}
		Optional<EventDates.Refusal> refusal = EventDates.refusal(form.occurredAt().atZone(zone).toInstant(), clock.instant());
		if (refusal.isPresent()) {
			model.addAttribute("problemField", "occurredAt");
			model.addAttribute("problem", rules.get("dates.refused." + refusal.get().name()));
			return true;
		}
		return false;
	}

	private void form(UUID vendorId, Model model, TouchpointForm form, List<PartnershipEntry> chosen) {
		model.addAttribute("types", types.of(vendorId));
		model.addAttribute("form", form);
		model.addAttribute("chosen", chosen);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("seniorities", Seniority.values());
	}

	private static TouchpointForm empty() {
		return new TouchpointForm(null, null, null, null, List.of(), null, null, null);
	}

	private List<PartnershipEntry> chosen(UUID vendorId, List<UUID> ids) {
		Map<UUID, PartnershipEntry> register = register(vendorId);
		return ids.stream().map(register::get).filter(java.util.Objects::nonNull).toList();
	}

	private TouchpointFilter filter(TouchpointQuery query, Map<UUID, PartnershipEntry> register) {
		String type = query.type() == null || query.type().isBlank() ? null : query.type().strip();
		Set<UUID> reached = null;
		if (query.partner() != null && !query.partner().isBlank()) {
			String wanted = PartnerSearch.folded(query.partner());
			reached = register.values().stream().filter(e -> PartnerSearch.folded(e.partnerName()).contains(wanted)
					|| (e.partnerTaxId() != null && e.partnerTaxId().equals(query.partner().strip())))
				.map(PartnershipEntry::partnershipId).collect(Collectors.toSet());
		}
		return new TouchpointFilter(type, reached, query.fromDay(), query.toDay());
	}

	private Map<UUID, PartnershipEntry> register(UUID vendorId) {
		Map<UUID, PartnershipEntry> register = new HashMap<>();
		partnerships.register(vendorId).forEach(e -> register.put(e.partnershipId(), e));
		return register;
	}

	private static Map<UUID, String> names(Map<UUID, PartnershipEntry> register) {
		Map<UUID, String> names = new HashMap<>();
		register.forEach((id, e) -> names.put(id, e.partnerName()));
		return names;
	}

	/** A page number as the address gives it; none when it is no number. */
	static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void requireChannelTeam() {
		if (!CurrentCaller.get().may(Capability.WORK_WITH_PARTNERS)) {
			throw new CapabilityMissingException(Capability.WORK_WITH_PARTNERS);
		}
	}
}
