package io.rapport.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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

/**
 * Personal API tokens. A token carries 240 random bits, so a fast SHA-256 of it is a safe thing to
 * store and look up (unlike a password, it cannot be guessed from a dictionary).
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "rap_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final Inputs inputs;

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, Inputs inputs) {
		this.inputs = inputs;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Creates a token for the caller.
	 * @throws DomainRuleException when the name is empty or the expiry lies in the past
	 */
	public CreatedToken create(String name, LocalDate expiresOn) {
		Caller caller = CurrentCaller.get();
		return createFor(caller.userId(), name, expiresOn);
	}

	/** Creates a token for a user; the benchmark and the demo use it for their own users. */
	public CreatedToken createFor(UUID userId, String name, LocalDate expiresOn) {
		if (name == null || name.isBlank()) {
			throw new DomainRuleException("Give the token a name, e.g. the script that will use it");
		}
		inputs.text("name", name, TextLimits.TOKEN_NAME, /* multiLine= */ false);
		if (name.length() > 100) {
			throw new DomainRuleException("A token name has at most 100 characters");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now())) {
			throw new DomainRuleException("A token cannot expire in the past (" + expiresOn + ")");
		}
		byte[] secret = new byte[30];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, user_id, name, token_hash, token_prefix, expires_on)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, userId, name.trim(), sha256(token), token.substring(0, 10), expiresOn)
			.update();
		return new CreatedToken(find(userId, id).orElseThrow(), token);
	}

	/** The caller's tokens, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<TokenView> mine() {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, expires_on, last_used_at, revoked_at
				from api_token where user_id = ? order by created_at desc, name""")
			.param(CurrentCaller.get().userId())
			.query(ApiTokens::view).list();
	}

	/**
	 * Revokes one of the caller's tokens; revoking twice changes nothing.
	 * @throws NotFoundException when the token is not the caller's
	 */
	public TokenView revoke(UUID tokenId) {
		UUID userId = CurrentCaller.get().userId();
		find(userId, tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
		jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, userId).update();
		return find(userId, tokenId).orElseThrow();
	}

	/** The user a presented token stands for, when the token is known, active and its user enabled. */
	public Optional<AuthenticatedUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<UUID[]> match = jdbc.sql("""
				select id, user_id from api_token where token_hash = ? and revoked_at is null
				and (expires_on is null or expires_on >= current_date)""")
			.param(sha256(token))
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional();
		if (match.isEmpty()) {
			return Optional.empty();
		}
		// Recording every use would turn each API read into a write; once a minute tells enough.
		jdbc.sql("update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')")
			.param(match.get()[0]).update();
		return accounts.findById(match.get()[1])
			.filter(UserAccount::enabled)
			.map(account -> new AuthenticatedUser(account.caller(), null, true));
	}

	private Optional<TokenView> find(UUID userId, UUID tokenId) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, expires_on, last_used_at, revoked_at
				from api_token where id = ? and user_id = ?""")
			.params(tokenId, userId)
			.query(ApiTokens::view).optional();
	}

	private static TokenView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
				instant(rs.getTimestamp("created_at")), rs.getObject("expires_on", LocalDate.class),
				instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
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
