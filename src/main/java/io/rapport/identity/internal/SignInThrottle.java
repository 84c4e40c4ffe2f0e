package io.rapport.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account and per client address ({@link ThrottleRule#ACCOUNT},
 * {@link ThrottleRule#ADDRESS}), kept in PostgreSQL so that every Rapport node behind one database
 * counts the same failures. Time comes from the application's clock.
 */
@Component
@Transactional
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/** An e-mail address has at most 320 characters; anything longer is cut, not stored whole. */
	private static final int LONGEST_SUBJECT = 320;

	/** Rows this long without a failure count for nothing under either rule and are removed. */
	private static final Duration FORGOTTEN_AFTER = ThrottleRule.ACCOUNT.quiet().compareTo(ThrottleRule.ADDRESS.quiet()) > 0
			? ThrottleRule.ACCOUNT.quiet() : ThrottleRule.ADDRESS.quiet();

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Where a sign-in stands before its credentials are checked.
	 * @param account the e-mail address given, or {@code null} for a bearer token
	 * @param address the client's address, or {@code null} when unknown
	 * @throws SignInThrottledException when the account or the address must still wait
	 * @return whether the account has failures on record, which a success then clears
	 */
	@Transactional(readOnly = true)
	boolean check(String account, String address) {
		Instant now = clock.instant();
		Optional<ThrottleRule.Failures> byAccount = find(Kind.ACCOUNT, account, /* forUpdate= */ false);
		Optional<ThrottleRule.Failures> byAddress = find(Kind.ADDRESS, address, /* forUpdate= */ false);
		Duration wait = longer(byAccount.map(f -> f.lockedFor(now)).orElse(Duration.ZERO),
				byAddress.map(f -> f.lockedFor(now)).orElse(Duration.ZERO));
		if (!wait.isZero()) {
			log.warn("Sign-in refused for {} from {}: too many failures, locked for {} more seconds",
					account == null ? "a bearer token" : subject(account), address, wait.toSeconds());
			throw new SignInThrottledException(wait);
		}
		return byAccount.isPresent();
	}

	/** Counts a failed sign-in against the account (when one was named) and the address. */
	void failed(String account, String address) {
		Instant now = clock.instant();
		jdbc.sql("delete from sign_in_throttle where last_failure_at < ?")
			.param(Timestamp.from(now.minus(FORGOTTEN_AFTER))).update();
		record(Kind.ACCOUNT, account, now);
		record(Kind.ADDRESS, address, now);
	}

	/** Forgets the account's failures after it signed in. Its address's failures stand. */
	void succeeded(String account) {
		jdbc.sql("delete from sign_in_throttle where kind = ? and subject = ?")
			.params(Kind.ACCOUNT.name(), subject(account)).update();
	}

	private void record(Kind kind, String subject, Instant now) {
		if (subject == null || subject.isBlank()) {
			return;
		}
		String key = subject(subject);
		Optional<ThrottleRule.Failures> before = find(kind, key, /* forUpdate= */ true);
		ThrottleRule.Failures after;
		if (before.isPresent()) {
			after = kind.rule.afterFailure(before.get(), now);
			jdbc.sql("""
					update sign_in_throttle set failures = ?, first_failure_at = ?, last_failure_at = ?, locked_until = ?
					where kind = ? and subject = ?""")
				.params(after.count(), Timestamp.from(after.firstAt()), Timestamp.from(after.lastAt()),
						timestamp(after.lockedUntil()), kind.name(), key)
				.update();
		}
		else {
			after = kind.rule.afterFailure(null, now);
			int inserted = jdbc.sql("""
					insert into sign_in_throttle (kind, subject, failures, first_failure_at, last_failure_at, locked_until)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(kind.name(), key, after.count(), Timestamp.from(after.firstAt()), Timestamp.from(after.lastAt()),
						timestamp(after.lockedUntil()))
				.update();
			if (inserted == 0) {
				// Another node recorded this subject's first failure at the same moment: count on top of it.
				record(kind, subject, now);
				return;
			}
		}
		if (after.lockedUntil() != null) {
			log.warn("Sign-in of {} {} locked until {} after {} failures", kind.name().toLowerCase(Locale.ROOT), key,
					after.lockedUntil(), after.count());
		}
	}

	private Optional<ThrottleRule.Failures> find(Kind kind, String subject, boolean forUpdate) {
		if (subject == null || subject.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select failures, first_failure_at, last_failure_at, locked_until from sign_in_throttle"
				+ " where kind = ? and subject = ?" + (forUpdate ? " for update" : ""))
			.params(kind.name(), subject(subject))
			.query((rs, n) -> new ThrottleRule.Failures(rs.getInt(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.optional();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static String subject(String subject) {
		String key = subject.trim().toLowerCase(Locale.ROOT);
		return key.length() > LONGEST_SUBJECT ? key.substring(0, LONGEST_SUBJECT) : key;
	}

	private enum Kind {

		ACCOUNT(ThrottleRule.ACCOUNT), ADDRESS(ThrottleRule.ADDRESS);

		private final ThrottleRule rule;

		Kind(ThrottleRule rule) {
			this.rule = rule;
		}
	}
}
