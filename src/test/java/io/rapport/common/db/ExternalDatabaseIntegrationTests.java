package io.rapport.common.db;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, Rapport uses that PostgreSQL, starts none of its own and
 * leaves the demo out, so demo companies never land in real data.
 */
class ExternalDatabaseIntegrationTests {

	private static final Path DATA_DIR = Path.of("target", "external-pgdata");

	@AfterAll
	static void stopTheServer() throws Exception {
		EmbeddedDatabases.stop(DATA_DIR);
	}

	@Test
	void usesTheGivenDatabaseWithoutDemoData() {
		// Stands in for a PostgreSQL server someone runs elsewhere.
		EmbeddedPostgres server = EmbeddedDatabases.start(new EmbeddedDatabaseProperties(DATA_DIR, 0, true));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RapportApplication.class).run(
				"--server.port=0",
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				"--logging.level.root=warn")) {
			assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isPositive();
			assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
				.isEqualTo(Integer.toString(server.getPort()));
		}
	}
}
