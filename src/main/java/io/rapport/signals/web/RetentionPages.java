package io.rapport.signals.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.rapport.common.DomainRuleException;
import io.rapport.common.web.RuleMessages;
import io.rapport.signals.PartnershipRetention;
/** The retention panel of a partnership's page, for the vendor's people. */
@Controller
class RetentionPages {

	private final PartnershipRetention retention;

	private final MessageSource messages;

	private final RuleMessages rules;

	RetentionPages(PartnershipRetention retention, MessageSource messages, RuleMessages rules) {
		this.retention = retention;
		this.messages = messages;
		this.rules = rules;
	}

	@GetMapping("/partnerships/{id}/retention")
	String panel(@PathVariable UUID id, Model model) {
		try {
			model.addAttribute("retention", retention.of(id));
			model.addAttribute("history", retention.history(id));
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("chartLabels", Map.of(
					"pAlive", messages.getMessage("retention.pAlive", null, locale),
					"expected", messages.getMessage("retention.chart.expected", null, locale),
					"actual", messages.getMessage("retention.chart.actual", null, locale)));
		}
		catch (DomainRuleException ex) {
			model.addAttribute("unavailable", rules.of(ex));
		}
		return "signals/retention";
	}
}
