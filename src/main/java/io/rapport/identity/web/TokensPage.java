package io.rapport.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.rapport.common.DomainRuleException;
import io.rapport.common.web.RuleMessages;
import io.rapport.identity.ApiTokens;
import io.rapport.identity.CreatedToken;
import io.rapport.identity.TokenScope;
import io.rapport.identity.TokenStatus;
import io.rapport.identity.TokenView;

/** Personal API tokens: create one (shown once) with its scopes and expiry, see when each was used, revoke. */
@Controller
class TokensPage {

	static final String VIEW = "identity/tokens";

	private final ApiTokens tokens;

	private final Clock clock;

	private final RuleMessages rules;

	TokensPage(ApiTokens tokens, Clock clock, RuleMessages rules) {
		this.tokens = tokens;
		this.clock = clock;
		this.rules = rules;
	}

	@GetMapping("/tokens")
	String list(Model model) {
		LocalDate today = LocalDate.now(clock);
		var rows = tokens.mine().stream().map(TokenRow::of).toList();
		model.addAttribute("tokens", rows);
		model.addAttribute("anyActive", rows.stream().anyMatch(TokenRow::active));
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("today", today);
		model.addAttribute("latest", today.plusDays(ApiTokens.MAX_DAYS));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewTokenForm(null, today.plusDays(ApiTokens.DEFAULT_DAYS), EnumSet.of(TokenScope.READ)));
		}
		return VIEW;
	}

	@PostMapping("/tokens")
	String create(@ModelAttribute NewTokenForm form, RedirectAttributes redirect) {
		try {
			CreatedToken created = tokens.create(form.name(), form.expiresOn(), form.scopes());
			// Shown on the next page only: a flash attribute never lands in a URL or a log.
			redirect.addFlashAttribute("created", created);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", rules.of(ex));
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", tokens.revoke(id).name());
		return "redirect:/tokens";
	}

	@PostMapping("/tokens/revoke-all")
	String revokeAll(RedirectAttributes redirect) {
		redirect.addFlashAttribute("revokedAll", tokens.revokeAll());
		return "redirect:/tokens";
	}

	/** What the create form posts; no scope ticked binds as {@code null}. */
	record NewTokenForm(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			Set<TokenScope> scopes) {

		public boolean has(TokenScope scope) {
			return scopes != null && scopes.contains(scope);
		}
	}

	/** A token as the page lists it, with instants shown in Rapport's home time zone. */
	record TokenRow(UUID id, String name, String prefix, String scopes, ZonedDateTime createdAt, LocalDate expiresOn,
			ZonedDateTime lastUsedAt, TokenStatus status) {

		private static final ZoneId HOME = ZoneId.of("Europe/Warsaw");

		static TokenRow of(TokenView token) {
			return new TokenRow(token.id(), token.name(), token.prefix(),
					String.join(", ", token.scopes().stream().map(TokenScope::code).toList()),
					token.createdAt().atZone(HOME), token.expiresOn(),
					token.lastUsedAt() == null ? null : token.lastUsedAt().atZone(HOME), token.status());
		}

		public boolean active() {
			return status == TokenStatus.ACTIVE;
		}
	}
}
