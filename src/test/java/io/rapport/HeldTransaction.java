package io.rapport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.tenancy.Caller;

import static org.awaitility.Awaitility.await;

/**
 * A transaction on a thread of its own, committed only when the test says so: for driving two
 * operations against each other in a known order instead of hoping they overlap. The work runs
 * as the given caller inside the transaction, so a service called from it joins it; the
 * transaction commits on {@link #release()} when the work succeeded and rolls back when it threw.
 * Tests see where each transaction stands through PostgreSQL itself: whether one waits for a lock
 * another holds ({@link #awaitBlocked}), never through sleeps.
 */
public final class HeldTransaction<T> {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final CountDownLatch started = new CountDownLatch(1);

	private final CountDownLatch worked = new CountDownLatch(1);

	private final CountDownLatch released = new CountDownLatch(1);

	private final CompletableFuture<T> outcome = new CompletableFuture<>();

	private final JdbcClient jdbc;

	private volatile int pid;

	private HeldTransaction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Begins a transaction on a new thread and runs the work in it; the transaction stays open until {@link #release()}. */
	public static <T> HeldTransaction<T> start(String name, TransactionTemplate transactions, JdbcClient jdbc, Caller caller,
			Supplier<T> work) {
		HeldTransaction<T> held = new HeldTransaction<>(jdbc);
		Thread thread = new Thread(() -> held.run(transactions, caller, work), name);
		thread.setDaemon(true);
		thread.start();
		return held;
	}

	private void run(TransactionTemplate transactions, Caller caller, Supplier<T> work) {
		try {
			T result = TestProgrammes.as(caller, () -> transactions.execute(status -> {
				pid = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
				started.countDown();
				RuntimeException failure = null;
				T done = null;
				try {
					done = work.get();
				}
				catch (RuntimeException ex) {
					failure = ex;
				}
				worked.countDown();
				awaitLatch(released);
				if (failure != null) {
					throw failure;
				}
				return done;
			}));
			outcome.complete(result);
		}
		catch (RuntimeException | Error ex) {
			outcome.completeExceptionally(ex);
		}
		finally {
			started.countDown();
			worked.countDown();
		}
	}

	/** The PostgreSQL backend serving this transaction. */
	public int pid() {
		awaitLatch(started);
		return pid;
	}

	/** Whether the work has returned (or thrown); the transaction is still open until released. */
	public boolean worked() {
		return worked.getCount() == 0;
	}

	/** Waits until the work has returned or thrown. */
	public HeldTransaction<T> awaitWorked() {
		awaitLatch(worked);
		return this;
	}

	/** Lets the transaction end, as soon as its work is done: committed, or rolled back if the work threw. */
	public HeldTransaction<T> release() {
		released.countDown();
		return this;
	}

	/**
	 * Releases the transaction, waits for it to end and returns what the work returned.
	 * @throws RuntimeException what the work threw, as it threw it
	 */
	public T commit() {
		release();
		try {
			return outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new IllegalStateException("The transaction did not end within " + PATIENCE, ex);
		}
	}

	/** Waits until this transaction waits for a lock that {@code holder} holds. */
	public void awaitBlockedBy(HeldTransaction<?> holder) {
		int mine = pid();
		int theirs = holder.pid();
		await().atMost(PATIENCE).until(() -> blockedBy(mine, theirs));
	}

	/** Waits until this transaction waits for a lock that some other transaction holds. */
	public void awaitBlocked() {
		int mine = pid();
		await().atMost(PATIENCE).until(() -> jdbc.sql("select cardinality(pg_blocking_pids(?)) > 0").param(mine)
			.query(Boolean.class).single());
	}

	/**
	 * Waits until this transaction either waits for a lock {@code holder} holds or has done its work
	 * without waiting: the two ways an operation can meet an open transaction, with and without a lock.
	 */
	public void awaitBlockedByOrWorked(HeldTransaction<?> holder) {
		int mine = pid();
		int theirs = holder.pid();
		await().atMost(PATIENCE).until(() -> worked() || blockedBy(mine, theirs));
	}

	private boolean blockedBy(int waiter, int holder) {
		return jdbc.sql("select ? = any(pg_blocking_pids(?))").params(holder, waiter).query(Boolean.class).single();
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
				throw new IllegalStateException("Waited " + PATIENCE + " in vain");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
