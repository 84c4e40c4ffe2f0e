package io.rapport.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import io.rapport.demo.DemoContext;
import io.rapport.demo.DemoProperties;
import io.rapport.demo.DemoStep;

/**
 * Generates the demo programme once, on an empty database, at start-up. All steps run in one
 * transaction: a failed or interrupted run leaves nothing behind and is retried at the next start.
 */
@Component
class DemoGenerator implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);

	private final DemoProperties properties;

	private final Environment environment;

	private final List<DemoStep> steps;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoGenerator(DemoProperties properties, Environment environment, List<DemoStep> steps, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.properties = properties;
		this.environment = environment;
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = Clock.systemDefaultZone();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		if (jdbc.sql("select exists (select 1 from demo_run)").query(Boolean.class).single()) {
			log.info("Demo programme already generated; keeping the data as it is");
			return;
		}
		long started = System.nanoTime();
		transactions.executeWithoutResult(status -> {
			DemoContext context = new DemoContext(properties.scale(), properties.seed(), LocalDate.now(clock));
			for (DemoStep step : steps) {
				step.generate(context);
			}
			jdbc.sql("insert into demo_run (id, scale, seed, duration_ms) values (1, ?, ?, ?)")
				.params(properties.scale().name(), properties.seed(), (System.nanoTime() - started) / 1_000_000)
				.update();
			log.info("Generated the {} demo programme: {} vendors, {} partnerships in {} ms", properties.scale(),
					context.vendors().size(), context.partnerships().size(), (System.nanoTime() - started) / 1_000_000);
		});
	}

	// On an external database the demo stays off unless asked for: it must never land in real data.
	private boolean enabled() {
		if (properties.enabled() != null) {
			return properties.enabled();
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}
}
