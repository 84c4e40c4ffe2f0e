package io.rapport.signals.web;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import io.rapport.common.PageOf;
import io.rapport.common.ReportedProblem;
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
import io.rapport.organizations.VendorProgrammes;
import io.rapport.signals.AlertDigest;
import io.rapport.signals.AlertEvaluation;
import io.rapport.signals.AlertStatus;
import io.rapport.signals.AlertView;
import io.rapport.signals.Alerts;
import io.rapport.signals.Severity;

/**
 * The at-risk list with its filters, order, pages and exports, one alert with its history and the
 * steps on it, and the early warning panel of a partnership's page. The vendor's people only:
 * anyone else gets 404. Steps are offered only to whoever may take them (the chief, the owning CAM).
 */
@Controller
class AlertPages {

	static final int PAGE_SIZE = 25;

	private final Alerts alerts;

	private final AlertEvaluation evaluation;

	private final AlertDigest digest;

	private final RuleMessages rules;

	private final MessageSource messages;

	private final VendorProgrammes programmes;

	AlertPages(Alerts alerts, AlertEvaluation evaluation, AlertDigest digest, RuleMessages rules, MessageSource messages,
			VendorProgrammes programmes) {
		this.alerts = alerts;
		this.evaluation = evaluation;
		this.digest = digest;
		this.rules = rules;
		this.messages = messages;
		this.programmes = programmes;
	}

	/**
	 * What the list asks for, as the address writes it; anything it does not know is read as "any".
	 *
	 * @param status LIVE (the default: open or acknowledged), ALL, or one status
	 * @param owner "mine", a user id, or empty for everyone
	 */
	record ListQuery(String status, String severity, String owner, String partner, Integer page, Integer size, String sort,
			String format) {

		String statusOrDefault() {
			if (status == null || status.isBlank()) {
				return "LIVE";
			}
			String value = status.strip().toUpperCase(Locale.ROOT);
			return value.equals("ALL") || value.equals("LIVE") || known(value, AlertStatus.class) ? value : "LIVE";
		}

		Set<AlertStatus> statuses() {
			String value = statusOrDefault();
			return switch (value) {
				case "ALL" -> Set.of();
				case "LIVE" -> Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);
				default -> Set.of(AlertStatus.valueOf(value));
			};
		}

		Severity severityOrNull() {
			String value = severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT);
			return known(value, Severity.class) ? Severity.valueOf(value) : null;
		}

		String ownerOrEmpty() {
			return owner == null ? "" : owner.strip();
		}

		UUID ownerId(UUID me) {
			String value = ownerOrEmpty();
			if (value.isEmpty()) {
				return null;
			}
			if (value.equals("mine")) {
				return me;
			}
			try {
				return UUID.fromString(value);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		String partnerOrEmpty() {
			return partner == null ? "" : partner.strip();
		}

		private static <E extends Enum<E>> boolean known(String value, Class<E> type) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return true;
				}
			}
			return false;
		}
	}

	@GetMapping("/alerts")
	Object list(@OwnVendor UUID vendorId, @ModelAttribute ListQuery query,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		UUID me = CurrentCaller.get().userId();
		Severity severity = query.severityOrNull();
		Alerts.Filter filter = new Alerts.Filter(query.statuses(), severity == null ? Set.of() : Set.of(severity),
				query.ownerId(me), null, query.partnerOrEmpty());
		Sorting<Alerts.Order> sorting = Sorting.lenient(query.sort(), Alerts.Order.class, Alerts.Order.URGENCY, true);
		Optional<ExportFormat> format = ExportFormat.of(query.format());
		if (format.isPresent()) {
			return export(vendorId, format.get(), alerts.list(vendorId, filter, sorting));
		}
		PageOf<AlertView> shown = alerts.page(vendorId, filter, sorting, Paging.of(query.page(), query.size(), PAGE_SIZE));
		model.addAttribute("alerts", shown.content());
		model.addAttribute("pageInfo", shown.page());
		model.addAttribute("sorting", sorting);
		model.addAttribute("actionable", actionable(shown.content()));
		model.addAttribute("owners", alerts.owners(vendorId));
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("status", query.statusOrDefault());
		model.addAttribute("severity", severity);
		model.addAttribute("owner", query.ownerOrEmpty());
		model.addAttribute("partner", query.partnerOrEmpty());
		return htmx != null ? "signals/alerts :: results" : "signals/alerts";
	}

	private ResponseEntity<byte[]> export(UUID vendorId, ExportFormat format, List<AlertView> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		ExportTable.Builder table = ExportTable.named("alerts", text("alerts.column.partner"), text("alerts.column.severity"),
				text("alerts.export.weight"), text("alerts.column.status"), text("alerts.column.raised"),
				text("alerts.column.reasons"), text("alerts.column.pAlive"), text("alerts.column.tier"),
				text("alerts.column.revenue"), text("alerts.export.currency"), text("alerts.column.owner"));
		for (AlertView a : rows) {
			AlertView.Stake stake = a.stake();
			table.row(a.partnerName(), text("alert.severity." + a.severity()), a.weight(), text("alert.status." + a.status()),
					a.raisedOn(), String.join("; ", a.reasons()), a.pAlive(), stake == null ? null : stake.tier(),
					stake == null ? null : stake.trailingRevenue(),
					stake == null || stake.trailingRevenue() == null ? null : stake.trailingRevenue().currency(),
					a.owner() == null ? null : a.owner().name());
		}
		ZoneId zone = programmes.find(vendorId).orElseThrow().timeZone();
		return TableExports.response(format, table.build(), locale, zone);
	}

	@PostMapping("/alerts/evaluate")
	String evaluate(@OwnVendor UUID vendorId, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("outcome", evaluation.evaluateNow(vendorId));
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		return "redirect:/alerts";
	}

	@PostMapping("/alerts/digest")
	String digest(@OwnVendor UUID vendorId, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("digestSent", digest.sendNow(vendorId));
		}
		catch (DomainRuleException | AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		return "redirect:/alerts";
	}

	@GetMapping("/alerts/{id}")
	String alert(@OwnVendor UUID vendorId, @PathVariable UUID id, Model model) {
		AlertView alert = alerts.get(id);
		model.addAttribute("alert", alert);
		model.addAttribute("mayAct", alerts.mayActOn(alert));
		return "signals/alert";
	}

	/** A step's note: optional to acknowledge or resolve, the reason of a dismissal. */
	record StepForm(@Size(max = TextLimits.NOTE) @NoControlCharacters(multiLine = true) String note) {
	}

	@PostMapping("/alerts/{id}/{step:acknowledge|resolve|dismiss}")
	String step(@OwnVendor UUID vendorId, @PathVariable UUID id, @PathVariable String step, @Valid @ModelAttribute StepForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", text("alert.note.invalid", TextLimits.NOTE));
			redirect.addFlashAttribute("note", form.note());
			return "redirect:/alerts/" + id;
		}
		try {
			AlertView alert = switch (step) {
				case "acknowledge" -> alerts.acknowledge(id, form.note());
				case "resolve" -> alerts.resolve(id, form.note());
				default -> alerts.dismiss(id, form.note());
			};
			redirect.addFlashAttribute("done", alert.status().name());
		}
		catch (DomainRuleException | ReportedProblem | AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
			redirect.addFlashAttribute("note", form.note());
		}
		return "redirect:/alerts/" + id;
	}

	/** The early-warning panel of a partnership's page: its live alert, and how many came before. */
	@GetMapping("/partnerships/{id}/alerts")
	String panel(@OwnVendor UUID vendorId, @PathVariable UUID id, Model model) {
		List<AlertView> history = alerts.list(vendorId, new Alerts.Filter(Set.of(), Set.of(), null, id));
		model.addAttribute("live", history.stream().filter(a -> a.status().live()).findFirst().orElse(null));
		model.addAttribute("past", history.stream().filter(a -> !a.status().live()).toList());
		return "signals/alert-panel";
	}

	/** The alerts on the page the caller may act on. */
	private Set<UUID> actionable(List<AlertView> shown) {
		Set<UUID> ids = new HashSet<>();
		shown.forEach(a -> {
			if (alerts.mayActOn(a)) {
				ids.add(a.id());
			}
		});
		return ids;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
