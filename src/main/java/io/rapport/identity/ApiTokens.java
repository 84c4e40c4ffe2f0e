package io.rapport.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.Inputs;
import io.rapport.common.text.TextLimits;
import io.rapport.identity.internal.AuthenticatedUser;
import io.rapport.identity.internal.TokenCheck;

/**
 * Personal API tokens. A token carries 240 random bits, so a fast SHA-256 of it is a safe thing to
 * store and look up (unlike a password, it cannot be guessed from a dictionary).
 * <p>
 * Rules (issue 12): a token expires, by default {@value #DEFAULT_DAYS} days after it is made and at most
 * {@value #MAX_DAYS} days after; it carries at least one {@link TokenScope}; its last use is recorded at
 * most once a minute, so a busy script does not turn every read into a write.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "rap_";

	/** Days a token lasts when its maker names no expiry. */
	public static final int DEFAULT_DAYS = 90;

	/** The most days ahead a token may expire. */
	public static final int MAX_DAYS = 365;

	private static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

	private static final String UNKNOWN = "The bearer token is unknown; create one on the API tokens page";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = "id, name, token_prefix, scopes, created_at, expires_on, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final Clock clock;

	private final Inputs inputs;

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock, Inputs inputs) {
		this.inputs = inputs;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Creates a token for the caller.
	 * @param expiresOn the last day the token signs in; {@code null} for {@value #DEFAULT_DAYS} days from today
	 * @throws DomainRuleException when the name is empty or too long, no scope is chosen, or the expiry lies
	 *     in the past or more than a year ahead
	 */
	public CreatedToken create(String name, LocalDate expiresOn, Set<TokenScope> scopes) {
		Caller caller = CurrentCaller.get();
		return createFor(caller.userId(), name, expiresOn, scopes);
	}

	/** Creates a token for a user; the benchmark and the demo use it for their own users. */
	public CreatedToken createFor(UUID userId, String name, LocalDate expiresOn, Set<TokenScope> scopes) {
		if (name == null || name.isBlank()) {
			throw DomainRuleException.rule("identity.rule.tokenName");
		}
		inputs.text("name", name, TextLimits.TOKEN_NAME, /* multiLine= */ false);
		if (scopes == null || scopes.isEmpty()) {
			throw DomainRuleException.rule("identity.rule.tokenScopes");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate expiry = expiresOn == null ? today.plusDays(DEFAULT_DAYS) : expiresOn;
		if (expiry.isBefore(today)) {
			throw DomainRuleException.rule("identity.rule.tokenExpired", expiry);
		}
		if (expiry.isAfter(today.plusDays(MAX_DAYS))) {
			throw DomainRuleException.rule("identity.rule.tokenTooLong", today.plusDays(MAX_DAYS));
		}
		byte[] secret = new byte[30];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, user_id, name, token_hash, token_prefix, scopes, created_at, expires_on)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, name.trim(), sha256(token), token.substring(0, 10), codes(scopes),
					Timestamp.from(clock.instant()), expiry)
			.update();
		return new CreatedToken(find(userId, id).orElseThrow(), token);
	}

	/** The caller's tokens, newest first, revoked and expired ones included. */
	@Transactional(readOnly = true)
	public List<TokenView> mine() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("select " + COLUMNS + " from api_token where user_id = ? order by created_at desc, name")
			.param(CurrentCaller.get().userId())
			.query((rs, n) -> view(rs, today)).list();
	}

	/**
	 * Revokes one of the caller's tokens; revoking twice changes nothing.
	 * @throws NotFoundException when the token is not the caller's
	 */
	public TokenView revoke(UUID tokenId) {
		UUID userId = CurrentCaller.get().userId();
		find(userId, tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
		jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), tokenId, userId).update();
		return find(userId, tokenId).orElseThrow();
	}

	/**
	 * Revokes every token of the caller that is not revoked yet, e.g. after a laptop went missing.
	 * @return how many tokens this revoked
	 */
	public int revokeAll() {
		return jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), CurrentCaller.get().userId()).update();
	}

	/** What a presented token stands for: its user and scopes when it is known, live and its user enabled. */
	public TokenCheck authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return new TokenCheck.Refused(UNKNOWN, /* guess= */ true);
		}
		Optional<Presented> match = jdbc.sql("""
				select id, user_id, scopes, expires_on, last_used_at, revoked_at from api_token where token_hash = ?""")
			.param(sha256(token))
			.query((rs, n) -> new Presented(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					scopes(rs), rs.getObject("expires_on", LocalDate.class), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.optional();
		if (match.isEmpty()) {
			return new TokenCheck.Refused(UNKNOWN, /* guess= */ true);
		}
		Presented presented = match.get();
		Instant now = clock.instant();
		if (presented.revokedAt() != null) {
			return new TokenCheck.Refused("The bearer token was revoked; create a new one on the API tokens page",
					/* guess= */ false);
		}
		if (presented.expiresOn().isBefore(LocalDate.now(clock))) {
			return new TokenCheck.Refused("The bearer token expired on " + presented.expiresOn()
					+ "; create a new one on the API tokens page", /* guess= */ false);
		}
		Optional<UserAccount> account = accounts.findById(presented.userId()).filter(UserAccount::enabled);
		if (account.isEmpty()) {
			return new TokenCheck.Refused("The bearer token's user can no longer sign in", /* guess= */ false);
		}
		if (presented.lastUsedAt() == null || presented.lastUsedAt().isBefore(now.minus(LAST_USE_GRANULARITY))) {
			jdbc.sql("update api_token set last_used_at = ? where id = ?")
				.params(Timestamp.from(now), presented.id()).update();
		}
		return new TokenCheck.Accepted(new AuthenticatedUser(account.get().caller(), null, true), presented.scopes());
	}

	private record Presented(UUID id, UUID userId, Set<TokenScope> scopes, LocalDate expiresOn, Instant lastUsedAt,
			Instant revokedAt) {
	}

	private Optional<TokenView> find(UUID userId, UUID tokenId) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("select " + COLUMNS + " from api_token where id = ? and user_id = ?")
			.params(tokenId, userId)
			.query((rs, n) -> view(rs, today)).optional();
	}

	private static TokenView view(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
		Instant revokedAt = instant(rs.getTimestamp("revoked_at"));
		TokenStatus status = revokedAt != null ? TokenStatus.REVOKED
				: expiresOn.isBefore(today) ? TokenStatus.EXPIRED : TokenStatus.ACTIVE;
		return new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
				scopes(rs), instant(rs.getTimestamp("created_at")), expiresOn, instant(rs.getTimestamp("last_used_at")),
				revokedAt, status);
	}

	private static Set<TokenScope> scopes(ResultSet rs) throws SQLException {
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		for (String scope : (String[]) rs.getArray("scopes").getArray()) {
			scopes.add(TokenScope.valueOf(scope));
		}
		return Collections.unmodifiableSet(scopes);
	}

	private static String[] codes(Set<TokenScope> scopes) {
		return scopes.stream().sorted().map(TokenScope::name).toArray(String[]::new);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}
}
