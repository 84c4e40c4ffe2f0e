package io.rapport.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking it, because its account or address failed too often lately. */
public final class SignInThrottledException extends AuthenticationException {

	/** The request attribute holding this exception when the sign-in form is shown again. */
	public static final String ATTRIBUTE = "io.rapport.identity.signInThrottled";

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " seconds");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, rounded up, as {@code Retry-After} states them. */
	public long retryAfterSeconds() {
		return seconds(retryAfter);
	}

	/** Whole minutes to wait, rounded up, as the sign-in form states them. */
	public long retryAfterMinutes() {
		return (seconds(retryAfter) + 59) / 60;
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}
}
