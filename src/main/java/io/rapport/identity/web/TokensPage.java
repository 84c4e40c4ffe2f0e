package io.rapport.identity.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.identity.ApiTokens;
import io.rapport.identity.CreatedToken;

/** Personal API tokens: create one (shown once), see when each was used, revoke. */
@Controller
class TokensPage {

	static final String VIEW = "identity/tokens";

	private final ApiTokens tokens;

	TokensPage(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/tokens")
	String list(Model model) {
		model.addAttribute("tokens", tokens.mine().stream().map(TokenRow::of).toList());
		model.addAttribute("today", LocalDate.now());
		return VIEW;
	}

	@PostMapping("/tokens")
	String create(@RequestParam String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			Model model, RedirectAttributes redirect) {
		try {
			CreatedToken created = tokens.create(name, expiresOn);
			// Shown on the next page only: a flash attribute never lands in a URL or a log.
			redirect.addFlashAttribute("created", created);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("name", name);
		}
		return "redirect:/tokens";
	}

	/** A token as the page lists it, with instants shown in Rapport's home time zone. */
	record TokenRow(UUID id, String name, String prefix, String createdAt, LocalDate expiresOn, String lastUsedAt,
			boolean active, boolean revoked) {

		private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Europe/Warsaw"));

		static TokenRow of(io.rapport.identity.TokenView token) {
			return new TokenRow(token.id(), token.name(), token.prefix(), FORMAT.format(token.createdAt()),
					token.expiresOn(), token.lastUsedAt() == null ? null : FORMAT.format(token.lastUsedAt()),
					token.active(), token.revokedAt() != null);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", tokens.revoke(id).name());
		return "redirect:/tokens";
	}
}
