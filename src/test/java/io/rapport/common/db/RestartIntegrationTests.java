package io.rapport.common.db;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's first-run experience: the embedded database keeps its data across restarts of
 * both the application and PostgreSQL, and the demo programme is generated once, never twice.
 */
class RestartIntegrationTests {

	private static final Path DATA_DIR = Path.of("target", "restart-pgdata");

	@AfterAll
	static void stopTheCluster() throws Exception {
		EmbeddedDatabases.stop(DATA_DIR);
	}

	@Test
	void keepsDataAcrossRestartsAndGeneratesTheDemoOnce() throws Exception {
		EmbeddedDatabases.stop(DATA_DIR);
		long partnerships;
		try (ConfigurableApplicationContext first = start(true)) {
			partnerships = count(first, "partnership");
			assertThat(partnerships).isBetween(400L, 520L);
			assertThat(count(first, "organization where kind = 'VENDOR'")).isEqualTo(3);
		}
		EmbeddedDatabases.stop(DATA_DIR);
		try (ConfigurableApplicationContext second = start(false)) {
			assertThat(count(second, "partnership")).isEqualTo(partnerships);
			assertThat(count(second, "demo_run")).isEqualTo(1);
			assertThat(count(second, "app_user where email = 'chief@helix.example'")).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(boolean clean) {
		return new SpringApplicationBuilder(RapportApplication.class).run(
				"--server.port=0",
				"--rapport.embedded-db.data-dir=" + DATA_DIR,
				"--rapport.embedded-db.clean=" + clean,
				"--rapport.demo.scale=S",
				"--logging.level.root=warn");
	}

	private static long count(ConfigurableApplicationContext context, String from) {
		return context.getBean(JdbcClient.class).sql("select count(*) from " + from).query(Long.class).single();
	}
}
