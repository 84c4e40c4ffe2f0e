package io.rapport.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application reads the time from. Code asks this bean instead of calling
 * {@code now()} itself, so tests can move time and every node reads the same kind of clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
