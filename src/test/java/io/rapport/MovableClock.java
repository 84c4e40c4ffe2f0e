package io.rapport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system clock, moved by an offset a test sets. A test that
 * moves time puts it back with {@link #reset()} when it ends, so the shared context sees real time.
 */
public final class MovableClock extends Clock {

	private final Clock system;

	private final AtomicReference<Duration> offset;

	private MovableClock(Clock system, AtomicReference<Duration> offset) {
		this.system = system;
		this.offset = offset;
	}

	/** Moves the clock forward (or, with a negative duration, back). */
	public void advance(Duration by) {
		offset.updateAndGet(current -> current.plus(by));
	}

	/** Puts the clock back to the system's time. */
	public void reset() {
		offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(system.withZone(zone), offset);
	}

	@Override
	public Instant instant() {
		return system.instant().plus(offset.get());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Installed {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Clock.systemDefaultZone(), new AtomicReference<>(Duration.ZERO));
		}
	}
}
