package io.rapport.common.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Rapport on an embedded PostgreSQL unless {@code spring.datasource.url} names an external
 * one. The cluster lives in {@code rapport.embedded-db.data-dir} and outlives the process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	// The cluster is shared by every context in this JVM and stopped by zonky's shutdown hook;
	// closing it with one test context would pull the database from under the others.
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return EmbeddedDatabases.start(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(20);
		config.setPoolName("rapport-embedded");
		return new HikariDataSource(config);
	}
}
