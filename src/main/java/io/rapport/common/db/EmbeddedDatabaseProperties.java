package io.rapport.common.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. {@code clean} wipes it at start, which tests use
 * for a fresh database per run; the product keeps it so data survives restarts.
 *
 * @param dataDir directory of the PostgreSQL cluster
 * @param port TCP port on loopback, 0 for any free one
 * @param clean whether to start from an empty cluster
 */
@ConfigurationProperties("rapport.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean clean) {
}
