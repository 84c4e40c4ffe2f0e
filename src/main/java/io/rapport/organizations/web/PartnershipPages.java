package io.rapport.organizations.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.PageOf;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.RuleMessages;
import io.rapport.common.web.export.ExportFormat;
import io.rapport.common.web.export.ExportTable;
import io.rapport.common.web.export.TableExports;
import io.rapport.common.web.lists.Sorting;
import io.rapport.organizations.AdmittedPartnership;
import io.rapport.organizations.ChannelPeople;
import io.rapport.organizations.PartnershipCriteria;
import io.rapport.organizations.PartnershipFigures;
import io.rapport.organizations.PartnershipManagement;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipSort;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.organizations.web.PartnershipForms.BulkManagerForm;
import io.rapport.organizations.web.PartnershipForms.EndForm;
import io.rapport.organizations.web.PartnershipForms.ManagerForm;
import io.rapport.organizations.web.PartnershipForms.TakeInForm;
import io.rapport.organizations.web.PartnershipForms.TierForm;

/**
 * The partnership list (search, filters, sorting, paging without reloads, exports, CAMs named in
 * bulk) and detail pages, and the channel chief's actions on them: take a partner in, change the
 * tier with a reason, name a CAM, end a partnership after confirming.
 */
@Controller
class PartnershipPages {

	static final String LIST = "organizations/partnerships";

	static final String RESULTS = "organizations/partnerships :: results";

	static final String DETAIL = "organizations/partnership";

	static final String TAKE_IN = "organizations/take-in";

	private static final int PAGE_SIZE = 25;

	private final PartnershipQueries partnerships;

	private final PartnershipManagement management;

	private final VendorProgrammes programmes;

	private final ChannelPeople people;

	private final RuleMessages rules;

	private final MessageSource messages;

	PartnershipPages(PartnershipQueries partnerships, PartnershipManagement management, VendorProgrammes programmes,
			ChannelPeople people, RuleMessages rules, MessageSource messages) {
		this.partnerships = partnerships;
		this.management = management;
		this.programmes = programmes;
		this.people = people;
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping("/partnerships")
	Object list(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) PartnershipStatus status, @RequestParam(required = false) String cam,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String format,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Sorting<PartnershipSort> sorting = Sorting.lenient(sort, PartnershipSort.class, PartnershipSort.PARTNER,
				/* defaultAscending= */ true);
		PartnershipCriteria criteria = new PartnershipCriteria(tier, status, q, cam, Math.max(page, 0), PAGE_SIZE,
				sorting.param());
		Caller caller = CurrentCaller.get();
		Map<UUID, PartnershipFigures.Figures> figures = caller.isVendorUser() ? partnerships.figures(caller.organizationId())
				: Map.of();
		Optional<ExportFormat> export = ExportFormat.of(format);
		if (export.isPresent()) {
			return TableExports.response(export.get(), exportTable(partnerships.all(criteria.atPage(0)), figures),
					LocaleContextHolder.getLocale(), caller.isVendorUser() ? programmes.visible(caller.organizationId()).timeZone()
							: ZoneId.of("Europe/Warsaw"));
		}
		PageOf<PartnershipView> results = partnerships.page(criteria, /* lastPageWhenPast= */ true);
		model.addAttribute("results", results);
		model.addAttribute("criteria", criteria);
		model.addAttribute("sorting", sorting);
		model.addAttribute("figures", figures);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("tiers", partnerships.tierNames());
		model.addAttribute("statuses", PartnershipStatus.values());
		model.addAttribute("cams", caller.isVendorUser() ? people.namable(caller.organizationId()) : List.of());
		return htmx != null ? RESULTS : LIST;
	}

	@PostMapping("/partnerships/channel-manager")
	String assignInBulk(@Valid @ModelAttribute("bulk") BulkManagerForm form, BindingResult errors,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		CurrentCaller.get().require(Capability.RUN_PROGRAMME);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", message("partnerships.bulk.choose"));
		}
		else {
			try {
				List<PartnershipView> assigned = management.assignChannelManager(form.ids(), form.userId());
				redirect.addFlashAttribute("done", message("partnerships.bulk.done", assigned.size(),
						assigned.get(0).channelManager() == null ? "" : assigned.get(0).channelManager().name()));
			}
			catch (DomainRuleException ex) {
				redirect.addFlashAttribute("problem", rules.of(ex));
			}
		}
		return "redirect:" + (back != null && back.startsWith("/partnerships") && !back.startsWith("//") ? back : "/partnerships");
	}

	@GetMapping("/partnerships/new")
	String takeInForm(Model model) {
		Caller caller = CurrentCaller.get();
		caller.require(Capability.RUN_PROGRAMME);
		model.addAttribute("takeIn", new TakeInForm(null, null, null, null, null, null));
		return fillTakeIn(caller, model);
	}

	@PostMapping("/partnerships/new")
	String takeIn(@Valid @ModelAttribute("takeIn") TakeInForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Caller caller = CurrentCaller.get();
		caller.require(Capability.RUN_PROGRAMME);
		if (!errors.hasErrors()) {
			try {
				AdmittedPartnership admitted = management.admit(form.request());
				redirect.addFlashAttribute("done", admitted.partnerAlreadyRegistered()
						? message("partnership.done.takenInRegistered", admitted.partnership().partner().name())
						: message("partnership.done.takenIn", admitted.partnership().partner().name()));
				return "redirect:/partnerships/" + admitted.partnership().id();
			}
			catch (DomainRuleException ex) {
				model.addAttribute("problem", rules.of(ex));
			}
		}
		response.setStatus(422);
		return fillTakeIn(caller, model);
	}

	@GetMapping("/partnerships/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PartnershipView partnership = partnerships.get(id);
		fillDetail(partnership, model);
		model.addAttribute("tierForm", new TierForm(null, null));
		model.addAttribute("managerForm", new ManagerForm(partnership.channelManager() == null ? null
				: partnership.channelManager().id()));
		model.addAttribute("endForm", new EndForm(null, false));
		return DETAIL;
	}

	@PostMapping("/partnerships/{id}/tier")
	String changeTier(@PathVariable UUID id, @Valid @ModelAttribute("tierForm") TierForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PartnershipView partnership = partnerships.get(id);
		if (!errors.hasErrors()) {
			try {
				PartnershipView changed = management.changeTier(id, form.tier(), form.reason());
				redirect.addFlashAttribute("done", message("partnership.done.tier", changed.tier()));
				return "redirect:/partnerships/" + id;
			}
			catch (DomainRuleException ex) {
				model.addAttribute("problem", rules.of(ex));
			}
		}
		response.setStatus(422);
		fillDetail(partnership, model);
		model.addAttribute("managerForm", new ManagerForm(null));
		model.addAttribute("endForm", new EndForm(null, false));
		return DETAIL;
	}

	@PostMapping("/partnerships/{id}/channel-manager")
	String assign(@PathVariable UUID id, @Valid @ModelAttribute("managerForm") ManagerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PartnershipView partnership = partnerships.get(id);
		if (!errors.hasErrors()) {
			try {
				PartnershipView changed = management.assignChannelManager(id, form.userId());
				redirect.addFlashAttribute("done", message("partnership.done.cam", changed.channelManager().name()));
				return "redirect:/partnerships/" + id;
			}
			catch (DomainRuleException ex) {
				model.addAttribute("problem", rules.of(ex));
			}
		}
		response.setStatus(422);
		fillDetail(partnership, model);
		model.addAttribute("tierForm", new TierForm(null, null));
		model.addAttribute("endForm", new EndForm(null, false));
		return DETAIL;
	}

	@PostMapping("/partnerships/{id}/end")
	String end(@PathVariable UUID id, @Valid @ModelAttribute("endForm") EndForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PartnershipView partnership = partnerships.get(id);
		CurrentCaller.get().require(Capability.RUN_PROGRAMME);
		if (!errors.hasErrors() && Boolean.TRUE.equals(form.confirmed())) {
			try {
				management.end(id, form.endedOn());
				redirect.addFlashAttribute("done", message("partnership.done.ended", form.endedOn()));
				return "redirect:/partnerships/" + id;
			}
			catch (DomainRuleException ex) {
				model.addAttribute("problem", rules.of(ex));
			}
		}
		if (errors.hasErrors() || model.containsAttribute("problem")) {
			response.setStatus(422);
		}
		else {
			// Not undone easily: the first submit only asks to confirm.
			model.addAttribute("confirmEnd", Boolean.TRUE);
		}
		fillDetail(partnership, model);
		model.addAttribute("tierForm", new TierForm(null, null));
		model.addAttribute("managerForm", new ManagerForm(null));
		return DETAIL;
	}

	private void fillDetail(PartnershipView partnership, Model model) {
		model.addAttribute("partnership", partnership);
		model.addAttribute("programme", programmes.visible(partnership.vendor().id()));
		model.addAttribute("tierHistory", partnerships.tierHistory(partnership.id()));
		Caller caller = CurrentCaller.get();
		model.addAttribute("cams", caller.worksFor(partnership.vendor().id()) ? people.namable(partnership.vendor().id())
				: List.of());
	}

	private String fillTakeIn(Caller caller, Model model) {
		model.addAttribute("programme", programmes.visible(caller.organizationId()));
		model.addAttribute("cams", people.namable(caller.organizationId()));
		return TAKE_IN;
	}

	private ExportTable exportTable(List<PartnershipView> rows, Map<UUID, PartnershipFigures.Figures> figures) {
		ExportTable.Builder table = ExportTable.named("partnerships", message("partnerships.column.partner"),
				message("organization.city"), message("organization.taxId"), message("partnerships.column.vendor"),
				message("partnerships.column.tier"), message("partnerships.column.since"), message("partnerships.column.status"),
				message("partnerships.column.cam"), message("partnerships.column.pei"), message("partnerships.column.vei"),
				message("partnerships.column.revenue"), message("engagement.list.currency"));
		for (PartnershipView p : rows) {
			PartnershipFigures.Figures f = figures.get(p.id());
			table.row(p.partner().name(), p.partner().city(), p.partner().taxId(), p.vendor().name(), p.tier(), p.since(),
					message("status." + p.status()), p.channelManager() == null ? null : p.channelManager().name(),
					f == null ? null : f.pei(), f == null ? null : f.vei(), f == null ? null : f.trailingRevenue(),
					f == null || f.trailingRevenue() == null ? null : f.trailingRevenue().currency());
		}
		return table.build();
	}

	private String message(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, arguments, key, locale);
	}
}
