package io.rapport.notifications.web;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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

import io.rapport.common.PageOf;
import io.rapport.common.web.lists.Paging;
import io.rapport.notifications.Delivery;
import io.rapport.notifications.Inbox;
import io.rapport.notifications.Notice;
import io.rapport.notifications.NoticeKind;

/**
 * The inbox behind the header's bell: the person's notices, newest first and paged, each leading
 * to what it is about (following one marks it read), and the page where they choose per kind how
 * they want to hear of it. Without a mail server the choices page says that no e-mail can go out.
 */
@Controller
class InboxPages {

	static final String PAGE = "notifications/inbox";

	static final String LIST = "notifications/inbox :: list";

	static final String PREFERENCES = "notifications/preferences";

	static final String BADGE = "notifications/badge :: badge";

	private static final int PAGE_SIZE = 20;

	private static final ZoneId SHOWN_IN = ZoneId.of("Europe/Warsaw");

	private final Inbox inbox;

	InboxPages(Inbox inbox) {
		this.inbox = inbox;
	}

	/** One notice as a page lists it: its text already in the reader's language. */
	record Line(Notice notice, String text) {
	}

	/** The choice per kind as the preferences form sends it. */
	record PreferencesForm(@NotNull Delivery alert, @NotNull Delivery overdueCase, @NotNull Delivery surveyWave,
			@NotNull Delivery imports) {

		static PreferencesForm of(Map<NoticeKind, Delivery> chosen) {
			return new PreferencesForm(chosen.get(NoticeKind.ALERT), chosen.get(NoticeKind.OVERDUE_CASE),
					chosen.get(NoticeKind.SURVEY_WAVE), chosen.get(NoticeKind.IMPORT));
		}

		Map<NoticeKind, Delivery> choices() {
			Map<NoticeKind, Delivery> choices = new EnumMap<>(NoticeKind.class);
			choices.put(NoticeKind.ALERT, alert);
			choices.put(NoticeKind.OVERDUE_CASE, overdueCase);
			choices.put(NoticeKind.SURVEY_WAVE, surveyWave);
			choices.put(NoticeKind.IMPORT, imports);
			return choices;
		}
	}

	@GetMapping("/inbox")
	String page(@RequestParam(required = false) String page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, Locale locale) {
		PageOf<Notice> notices = inbox.page(Paging.of(number(page), null, PAGE_SIZE));
		model.addAttribute("results", notices.map(n -> new Line(n, inbox.text(n, locale))));
		model.addAttribute("zone", SHOWN_IN);
		// The pager swaps the list alone; the header's bell keeps polling by itself.
		return htmx != null && !"false".equals(htmx) ? LIST : PAGE;
	}

	/** The header's bell with its count, for the minute's poll. */
	@GetMapping("/inbox/badge")
	String badge() {
		return BADGE;
	}

	/** Follows a notice to what it is about, marking it read. */
	@GetMapping("/inbox/{id}/open")
	String open(@PathVariable UUID id) {
		return "redirect:" + inbox.markRead(id).link();
	}

	@PostMapping("/inbox/{id}/read")
	String read(@PathVariable UUID id, @RequestParam(required = false) String page) {
		inbox.markRead(id);
		return "redirect:/inbox" + (number(page) == null ? "" : "?page=" + number(page));
	}

	@PostMapping("/inbox/read-all")
	String readAll(RedirectAttributes redirect) {
		redirect.addFlashAttribute("markedRead", inbox.markAllRead());
		return "redirect:/inbox";
	}

	@GetMapping("/inbox/preferences")
	String preferences(Model model) {
		return preferencesPage(model, PreferencesForm.of(inbox.preferences()));
	}

	@PostMapping("/inbox/preferences")
	String choose(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("invalid", true);
			return preferencesPage(model, PreferencesForm.of(inbox.preferences()));
		}
		inbox.choose(form.choices());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inbox/preferences";
	}

	private String preferencesPage(Model model, PreferencesForm form) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", List.of(new Choice("alert", NoticeKind.ALERT, form.alert()),
				new Choice("overdueCase", NoticeKind.OVERDUE_CASE, form.overdueCase()),
				new Choice("surveyWave", NoticeKind.SURVEY_WAVE, form.surveyWave()),
				new Choice("imports", NoticeKind.IMPORT, form.imports())));
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("mailAvailable", inbox.mailAvailable());
		return PREFERENCES;
	}

	/** One row of the choices: the form field, its kind and what is chosen. */
	record Choice(String field, NoticeKind kind, Delivery chosen) {
	}

	private static Integer number(String page) {
		try {
			return page == null || page.isBlank() ? null : Integer.valueOf(page.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
