package io.rapport.identity.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.identity.ApiTokens;
import io.rapport.identity.CreatedToken;
import io.rapport.identity.TokenScope;
import io.rapport.identity.TokenView;

@RestController
@Tag(name = "Identity")
class TokensApi {

	private final ApiTokens tokens;

	TokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/tokens")
	@Operation(summary = "Your personal API tokens (never the tokens themselves), with their scopes and last use")
	List<TokenView> list() {
		return tokens.mine();
	}

	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a personal API token; the token is in this answer only",
			description = "Needs your password (HTTP Basic): a bearer token cannot create tokens (403).")
	CreatedToken create(@Valid @RequestBody NewToken request) {
		return tokens.create(request.name(), request.expiresOn(),
				request.scopes() == null ? EnumSet.allOf(TokenScope.class) : request.scopes());
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@Operation(summary = "Revoke one of your tokens")
	TokenView revoke(@PathVariable UUID id) {
		return tokens.revoke(id);
	}

	@DeleteMapping("/api/v1/tokens")
	@Operation(summary = "Revoke all your tokens at once")
	RevokedTokens revokeAll() {
		return new RevokedTokens(tokens.revokeAll());
	}

	record NewToken(@NotBlank @Size(max = TextLimits.TOKEN_NAME) @NoControlCharacters String name,
			@Schema(description = "The last day the token signs in; default 90 days from today, at most one year")
			LocalDate expiresOn,
			@Schema(description = "What the token may do; default all of read, write and import")
			Set<TokenScope> scopes) {
	}

	/** @param revoked how many tokens were still live and are now revoked */
	record RevokedTokens(int revoked) {
	}
}
