package io.rapport.touchpoints.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.CapabilityMissingException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.RuleMessages;
import io.rapport.touchpoints.CalendarProperties;
import io.rapport.touchpoints.CalendarSubscriptionView;
import io.rapport.touchpoints.CalendarSubscriptions;
import io.rapport.touchpoints.TouchpointTypes;

/** The subscribed calendars page (issue 13): the list with each one's last sync, the form to add one, Sync now and Remove. */
@Controller
class CalendarSubscriptionPages {

	static final String CALENDARS = "touchpoints/calendars";

	static final String REMOVE = "touchpoints/calendar-remove";

	private final CalendarSubscriptions subscriptions;

	private final CalendarProperties properties;

	private final RuleMessages rules;

	private final TouchpointTypes types;

	CalendarSubscriptionPages(CalendarSubscriptions subscriptions, CalendarProperties properties, RuleMessages rules,
			TouchpointTypes types) {
		this.types = types;
		this.subscriptions = subscriptions;
		this.properties = properties;
		this.rules = rules;
	}

	/** Whose calendar a new subscription fetches. */
	enum Whose {
		VENDOR, MINE
	}

	/** The form to subscribe to a calendar. */
	record CalendarForm(@NotBlank @Size(max = CalendarSubscriptions.MAX_URL) @NoControlCharacters String url,
			@NotNull Whose calendar) {
	}

	@GetMapping("/touchpoints/calendars")
	String list(@OwnVendor UUID vendorId, Model model) {
		Caller caller = CurrentCaller.get();
		return page(vendorId, model, new CalendarForm(null, caller.may(Capability.RUN_PROGRAMME) ? Whose.VENDOR : Whose.MINE));
	}

	@PostMapping("/touchpoints/calendars")
	String subscribe(@OwnVendor UUID vendorId, @Valid @ModelAttribute("calendarForm") CalendarForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.get();
		caller.require(Capability.WORK_WITH_PARTNERS);
		if (!binding.hasErrors()) {
			try {
				CalendarSubscriptionView added = subscriptions.subscribe(form.url(),
						form.calendar() == Whose.MINE ? caller.userId() : null);
				redirect.addFlashAttribute("changed", rules.get("touchpoints.calendars.added", added.maskedUrl()));
				return "redirect:/touchpoints/calendars";
			}
			catch (DomainRuleException ex) {
				// A code no bundle holds, so the field shows the rule's own words.
				binding.rejectValue("url", "calendarRefused", rules.of(ex));
			}
			catch (CapabilityMissingException ex) {
				binding.rejectValue("calendar", "calendarRefused", rules.of(ex));
			}
		}
		response.setStatus(422);
		return page(vendorId, model, null);
	}

	@PostMapping("/touchpoints/calendars/{id}/sync")
	String sync(@OwnVendor UUID vendorId, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			CalendarSubscriptionView synced = subscriptions.syncNow(id);
			if (synced.lastResult() == CalendarSubscriptionView.SyncResult.FAILED) {
				redirect.addFlashAttribute("problem", rules.get("touchpoints.calendars.syncFailed", synced.maskedUrl(),
						rules.get(synced.errorCode(), synced.errorArgumentArray())));
			}
			else {
				redirect.addFlashAttribute("changed", rules.get("touchpoints.calendars.synced", synced.maskedUrl()));
			}
			redirect.addFlashAttribute("synced", synced.id());
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
		}
		return "redirect:/touchpoints/calendars";
	}

	@PostMapping("/touchpoints/calendars/{id}/pause")
	String pause(@OwnVendor UUID vendorId, @PathVariable UUID id, RedirectAttributes redirect) {
		CalendarSubscriptionView paused = subscriptions.setActive(id, false);
		redirect.addFlashAttribute("changed", rules.get("touchpoints.calendars.paused", paused.maskedUrl()));
		return "redirect:/touchpoints/calendars";
	}

	@PostMapping("/touchpoints/calendars/{id}/resume")
	String resume(@OwnVendor UUID vendorId, @PathVariable UUID id, RedirectAttributes redirect) {
		CalendarSubscriptionView resumed = subscriptions.setActive(id, true);
		redirect.addFlashAttribute("changed", rules.get("touchpoints.calendars.resumed", resumed.maskedUrl()));
		return "redirect:/touchpoints/calendars";
	}

	@GetMapping("/touchpoints/calendars/{id}/remove")
	String confirmRemove(@OwnVendor UUID vendorId, @PathVariable UUID id, Model model) {
		CurrentCaller.get().require(Capability.WORK_WITH_PARTNERS);
		model.addAttribute("subscription", subscriptions.find(id));
		return REMOVE;
	}

	@PostMapping("/touchpoints/calendars/{id}/remove")
	String remove(@OwnVendor UUID vendorId, @PathVariable UUID id, RedirectAttributes redirect) {
		CalendarSubscriptionView subscription = subscriptions.find(id);
		subscriptions.remove(id);
		redirect.addFlashAttribute("changed", rules.get("touchpoints.calendars.removed", subscription.maskedUrl()));
		return "redirect:/touchpoints/calendars";
	}

	private String page(UUID vendorId, Model model, CalendarForm form) {
		if (form != null) {
			model.addAttribute("calendarForm", form);
		}
		model.addAttribute("subscriptions", subscriptions.visible());
		model.addAttribute("pollMinutes", properties.pollInterval().toMinutes());
		model.addAttribute("zone", types.zoneOf(vendorId));
		return CALENDARS;
	}
}
