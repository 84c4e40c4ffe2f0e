package io.rapport.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * Starts at most one embedded PostgreSQL per data directory and JVM. Test suites open several
 * Spring contexts; they all share the cluster instead of each starting their own.
 */
final class EmbeddedDatabases {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	private EmbeddedDatabases() {
	}

	/** Stops the cluster in a data directory, as a process exit would; its data stays on disk. */
	static void stop(Path dataDir) throws IOException {
		EmbeddedPostgres running = RUNNING.remove(dataDir.toAbsolutePath().normalize());
		if (running != null) {
			running.close();
		}
	}

	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(dataDir, dir -> {
			try {
				if (properties.clean()) {
					// initdb needs an empty directory; a run that stopped early may have left one behind.
					FileSystemUtils.deleteRecursively(dir);
				}
				Files.createDirectories(dir);
				return EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(properties.clean())
					.setPort(properties.port())
					.setPGStartupWait(Duration.ofSeconds(60))
					.setServerConfig("max_connections", "100")
					.setServerConfig("shared_buffers", "256MB")
					.setServerConfig("fsync", properties.clean() ? "off" : "on")
					.setServerConfig("synchronous_commit", properties.clean() ? "off" : "on")
					.setServerConfig("max_wal_size", "2GB")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
			}
		});
	}
}
