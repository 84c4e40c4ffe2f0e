package io.rapport.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: how failed sign-ins slow an account down and then refuse it. */
class ThrottleRuleTests {

	private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

	private final ThrottleRule rule = ThrottleRule.ACCOUNT;

	@Test
	void letsFourFailuresThroughAndLocksForAMinuteAtTheFifth() {
		ThrottleRule.Failures failures = failTimes(4, START, Duration.ofSeconds(10));
		assertThat(failures.lockedFor(START.plusSeconds(40))).isZero();

		failures = rule.afterFailure(failures, START.plusSeconds(40));
		assertThat(failures.count()).isEqualTo(5);
		assertThat(failures.lockedFor(START.plusSeconds(40))).isEqualTo(Duration.ofMinutes(1));
		assertThat(failures.lockedFor(START.plusSeconds(100))).isZero();
	}

	@Test
	void doublesTheLockWithEveryFurtherFailureUpToFifteenMinutes() {
		ThrottleRule.Failures failures = failTimes(5, START, Duration.ZERO);
		Instant at = START;
		for (int minutes : new int[] { 2, 4, 8, 15, 15 }) {
			at = failures.lockedUntil();
			failures = rule.afterFailure(failures, at);
			assertThat(failures.lockedFor(at)).isEqualTo(Duration.ofMinutes(minutes));
		}
	}

	@Test
	void startsAfreshWhenTheWindowPassesBeforeTheFifthFailure() {
		ThrottleRule.Failures failures = failTimes(4, START, Duration.ofMinutes(1));
		failures = rule.afterFailure(failures, START.plus(Duration.ofMinutes(16)));
		assertThat(failures.count()).isEqualTo(1);
		assertThat(failures.lockedUntil()).isNull();
	}

	@Test
	void forgetsALockedSubjectAfterAnHourWithoutFailures() {
		ThrottleRule.Failures failures = failTimes(7, START, Duration.ZERO);
		failures = rule.afterFailure(failures, START.plus(Duration.ofMinutes(61)));
		assertThat(failures.count()).isEqualTo(1);
		assertThat(failures.lockedUntil()).isNull();
	}

	@Test
	void givesAnAddressTwentyFailures() {
		ThrottleRule.Failures failures = null;
		for (int i = 0; i < 19; i++) {
			failures = ThrottleRule.ADDRESS.afterFailure(failures, START);
		}
		assertThat(failures.lockedUntil()).isNull();
		assertThat(ThrottleRule.ADDRESS.afterFailure(failures, START).lockedFor(START)).isEqualTo(Duration.ofMinutes(1));
	}

	private ThrottleRule.Failures failTimes(int times, Instant from, Duration apart) {
		ThrottleRule.Failures failures = null;
		for (int i = 0; i < times; i++) {
			failures = rule.afterFailure(failures, from.plus(apart.multipliedBy(i)));
		}
		return failures;
	}
}
