package io.rapport.common.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs an upload's import so that a page never hangs on it: the import starts in the background
 * and the page waits a moment; an import done by then shows its result at once, a longer one shows
 * a progress bar the page follows ({@code GET /imports/{id}}) and lands in the inbox when it ends
 * ({@link ImportOutcomes}). State lives in {@code import_run}, so any node can answer the page.
 */
@Component
public class ImportRuns {

	private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

	/** Read bytes are written down at most this often, so progress costs no more than a few updates. */
	private static final long PROGRESS_STEP_PERCENT = 5;

	private final JdbcClient jdbc;

	private final ThreadPoolTaskExecutor executor;

	/** Writes read bytes down, one update at a time, off the import's thread and connection. */
	private final ThreadPoolTaskExecutor progress;

	private final ObjectMapper json;

	private final Clock clock;

	private final Duration waitBeforeBackground;

	ImportRuns(JdbcClient jdbc, ObjectMapper json, Clock clock,
			@Value("${rapport.imports.wait-before-background:2s}") Duration waitBeforeBackground,
			@Value("${rapport.imports.threads:4}") int threads) {
		this.jdbc = jdbc;
		// Imports have threads of their own: queued behind a programme's recompute on the shared
		// executor, a small upload would wait minutes.
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setThreadNamePrefix("import-");
		pool.setCorePoolSize(threads);
		pool.setMaxPoolSize(threads);
		pool.setWaitForTasksToCompleteOnShutdown(true);
		pool.initialize();
		this.executor = pool;
		ThreadPoolTaskExecutor writer = new ThreadPoolTaskExecutor();
		writer.setThreadNamePrefix("import-progress-");
		writer.setCorePoolSize(1);
		writer.setMaxPoolSize(1);
		writer.initialize();
		this.progress = writer;
		this.json = json;
		this.clock = clock;
		this.waitBeforeBackground = waitBeforeBackground;
	}

	/** Running, or how it ended: {@code report} when taken in or checked, {@code rejection} when refused. */
	public enum Status {
		RUNNING, DONE, REJECTED, FAILED
	}

	/**
	 * An import as its page shows it.
	 *
	 * @param readBytes how much of the file the readers have read
	 */
	public record Run(UUID id, ImportKind kind, String fileName, boolean dryRun, Status status, long readBytes, long sizeBytes,
			ImportReport report, Rejection rejection) {

		public boolean running() {
			return status == Status.RUNNING;
		}

		/** How far it has come, 0–100; null while that cannot be told (a workbook is read in one go). */
		public Integer percent() {
			if (readBytes <= 0 || sizeBytes <= 0) {
				return null;
			}
			return (int) Math.min(99, readBytes * 100 / sizeBytes);
		}
	}

	/**
	 * Why the file was refused, as the import page lists it.
	 *
	 * @param messageKey a refusal of the whole file (not CSV, too large), or null for rows refused
	 */
	public record Rejection(long rejected, List<RowError> errors, String messageKey, Object messageArgument) {

		static Rejection of(ImportRejectedException ex) {
			return new Rejection(ex.rejected(), ex.errors(), ex.messageKey(), ex.messageArgument());
		}
	}

	/** What a finished run keeps: the report or the refusal, each error with its code and arguments. */
	record Outcome(ImportReport report, Long rejected, List<StoredError> errors, String messageKey, String messageArgument) {
	}

	record StoredError(long line, String column, String message, String code, List<Object> arguments) {

		static StoredError of(RowError e) {
			return new StoredError(e.line(), e.column(), e.message(), e.code(),
					e.arguments() == null ? List.of() : List.of(e.arguments()));
		}

		RowError error() {
			return new RowError(line, column, message, code, arguments.toArray());
		}
	}

	/**
	 * Starts the upload's import and waits a moment for it.
	 *
	 * @param work the import, given the upload as a file on disk
	 * @throws DomainRuleException when the upload is empty
	 */
	public Run start(MultipartFile upload, ImportKind kind, boolean dryRun, Function<Path, ImportReport> work) {
		if (upload.isEmpty()) {
			throw DomainRuleException.rule("import.rule.empty");
		}
		Caller caller = CurrentCaller.get();
		UUID id = UUID.randomUUID();
		Path copy;
		try {
			copy = Files.createTempFile("rapport-import-", ".upload");
			upload.transferTo(copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long size = upload.getSize();
		String fileName = upload.getOriginalFilename();
		jdbc.sql("""
				insert into import_run (organization_id, id, user_id, kind, file_name, dry_run, status, size_bytes, started_at)
				values (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)""")
			.params(caller.organizationId(), id, caller.userId(), kind.name(),
					fileName == null ? null : fileName.substring(0, Math.min(300, fileName.length())), dryRun, size,
					Timestamp.from(clock.instant()))
			.update();
		CompletableFuture<Void> done = new CompletableFuture<>();
		executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				run(caller.organizationId(), id, size, copy, work);
			}
			finally {
				done.complete(null);
			}
		}));
		try {
			done.get(waitBeforeBackground.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.info("Import {} of {} runs on in the background", id, fileName);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		return get(id);
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
		progress.shutdown();
	}

	/** The caller's own run; anyone else's answers as not found. */
	public Run get(UUID id) {
		Caller caller = CurrentCaller.get();
		return jdbc.sql("""
				select id, kind, file_name, dry_run, status, read_bytes, size_bytes, outcome from import_run
				where organization_id = ? and id = ? and user_id = ?""")
			.params(caller.organizationId(), id, caller.userId())
			.query((rs, n) -> {
				Status status = Status.valueOf(rs.getString("status"));
				String stored = rs.getString("outcome");
				Outcome outcome = stored == null ? null : json.readValue(stored, Outcome.class);
				ImportReport report = outcome == null ? null : outcome.report();
				Rejection rejection = outcome == null || outcome.rejected() == null ? null
						: new Rejection(outcome.rejected(), outcome.errors().stream().map(StoredError::error).toList(),
								outcome.messageKey(), outcome.messageArgument());
				return new Run(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
						rs.getBoolean("dry_run"), status, rs.getLong("read_bytes"), rs.getLong("size_bytes"), report, rejection);
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("import", id));
	}

	private void run(UUID organizationId, UUID id, long size, Path copy, Function<Path, ImportReport> work) {
		long began = System.nanoTime();
		AtomicLong written = new AtomicLong();
		long step = Math.max(1, size * PROGRESS_STEP_PERCENT / 100);
		Outcome outcome;
		Status status;
		try {
			// The reader runs inside the import's transaction, whose connection may be busy with a COPY:
			// read bytes are written down from another thread, on a connection of its own.
			ImportReport report = ImportProgress.during(read -> {
				if (read - written.get() >= step) {
					written.set(read);
					progress.execute(() -> jdbc.sql("""
							update import_run set read_bytes = greatest(read_bytes, ?)
							where organization_id = ? and id = ? and status = 'RUNNING'""")
						.params(read, organizationId, id).update());
				}
			}, () -> work.apply(copy));
			outcome = new Outcome(report, null, List.of(), null, null);
			status = Status.DONE;
		}
		catch (ImportRejectedException ex) {
			outcome = refused(Rejection.of(ex));
			status = Status.REJECTED;
		}
		catch (DomainRuleException ex) {
			outcome = refused(new Rejection(1, List.of(new RowError(0, null, ex.getMessage(), ex.code(), ex.arguments())), null, null));
			status = Status.REJECTED;
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			outcome = null;
			status = Status.FAILED;
		}
		finally {
			try {
				Files.deleteIfExists(copy);
			}
			catch (IOException ex) {
				log.warn("Could not delete the upload copy {}", copy, ex);
			}
		}
		jdbc.sql("""
				update import_run set status = ?, outcome = cast(? as jsonb), read_bytes = size_bytes, finished_at = ?
				where organization_id = ? and id = ?""")
			.params(status.name(), outcome == null ? null : json.writeValueAsString(outcome), Timestamp.from(clock.instant()),
					organizationId, id)
			.update();
		log.info("Import {} ended {} after {} ms", id, status, (System.nanoTime() - began) / 1_000_000);
	}

	private static Outcome refused(Rejection rejection) {
		List<StoredError> errors = new ArrayList<>();
		rejection.errors().forEach(e -> errors.add(StoredError.of(e)));
		return new Outcome(null, rejection.rejected(), errors, rejection.messageKey(),
				rejection.messageArgument() == null ? null : String.valueOf(rejection.messageArgument()));
	}
}
