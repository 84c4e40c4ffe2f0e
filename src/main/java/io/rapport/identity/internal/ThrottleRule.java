package io.rapport.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins of one subject (an account or an address) slow it down and then refuse it.
 * <p>
 * Design note: failures count while they keep coming. The {@code threshold}-th failure within
 * {@code window} locks the subject for {@code firstLock}; every further failure while the count stands
 * (each one possible only after the lock ran out) doubles the lock, up to {@code longestLock}. So a
 * guesser gets {@code threshold} tries, then ever fewer, then one per {@code longestLock}. The count is
 * forgotten after {@code quiet} without a failure (and, for an account, by a success). Attempts made
 * while locked are refused without checking the password, so they never count.
 */
record ThrottleRule(int threshold, Duration window, Duration firstLock, Duration longestLock, Duration quiet) {

	/** 5 failures within 15 minutes lock the account for 1 minute, then 2, 4, 8, at most 15. */
	static final ThrottleRule ACCOUNT = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15), Duration.ofHours(1));

	/** 20 failures within 15 minutes from one address lock it for 1 minute, then 2, 4, 8, at most 15. */
	static final ThrottleRule ADDRESS = new ThrottleRule(20, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15), Duration.ofHours(1));

	/** The failures of a subject so far; {@code lockedUntil} is {@code null} while it may still try. */
	record Failures(int count, Instant firstAt, Instant lastAt, Instant lockedUntil) {

		/** How long the subject must still wait at {@code now}; zero when it may try. */
		Duration lockedFor(Instant now) {
			return lockedUntil == null || !lockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, lockedUntil);
		}
	}

	/** The failures after one more at {@code at}; {@code before} is {@code null} for a subject with none. */
	Failures afterFailure(Failures before, Instant at) {
		boolean fresh = before == null || before.lastAt().isBefore(at.minus(quiet))
				|| (before.count() < threshold && before.firstAt().isBefore(at.minus(window)));
		int count = fresh ? 1 : before.count() + 1;
		Instant firstAt = fresh ? at : before.firstAt();
		if (count < threshold) {
			return new Failures(count, firstAt, at, null);
		}
		int doublings = Math.min(count - threshold, 30);
		Duration lock = firstLock.multipliedBy(1L << doublings);
		return new Failures(count, firstAt, at, at.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
	}
}
