package bankcore.persistence.postgres;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.StoreBusyException;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.StoreHealth;
import bankcore.core.port.out.LedgerCommand;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * This node's one writing thread. Callers queue their batches; the thread takes whatever arrived
 * while the previous group was committing (so the group grows with the load), applies every command
 * in one PostgreSQL transaction ({@link PostgresTransaction}) against the accounts it keeps in
 * memory ({@link CommittedAccounts}), flushes the group's rows with
 * multi-row statements and commits once. A refused command writes nothing. A command that fails
 * unexpectedly fails its own caller alone: the group is applied again without it. A group whose
 * rows PostgreSQL refuses is written again one caller at a time, so the failure lands on its own
 * caller. A serialization failure or deadlock (40001, 40P01: not expected under the append lock,
 * but what a distributed PostgreSQL-compatible engine reports under contention) is retried, a
 * bounded number of times, on a fresh transaction: nothing of the group was acknowledged.
 * A lock wait, a cancelled statement or a connection that cannot be had (the append lock held by
 * someone else, the server out of reach) is bounded by each request's {@code writeWait} from when it
 * was queued ({@code SET LOCAL lock_timeout}, the pool's connection timeout); beyond it the request is
 * refused with {@link StoreBusyException}, nothing of it stored.
 */
final class GroupCommitWriter implements AutoCloseable {
    static final int MAX_COMMANDS_PER_GROUP = 8_190;
    private static final int MAX_REQUESTS_PER_GROUP = 4_096;
    private static final int MAX_RETRIES = 8;
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    /** lock_not_available (lock_timeout), query_canceled (statement_timeout); class 08 is a lost connection. */
    private static final Set<String> BUSY = Set.of("55P03", "57014");
    private static final long SHORTEST_LOCK_WAIT_MS = 50;
    private static final long IDLE_PROBE_MS = 1_000;

    private final DataSource pool;
    private final CommittedAccounts committed = new CommittedAccounts();
    private final BlockingQueue<Request<?>> queue;
    private final Thread thread;
    private final long writeWaitNanos;
    private final AppendLockTrouble trouble;
    private volatile boolean running = true;

    GroupCommitWriter(DataSource pool, int queueCapacity, String name, Duration writeWait) {
        this.pool = pool;
        this.writeWaitNanos = writeWait.toNanos();
        this.trouble = new AppendLockTrouble(pool);
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        Request<T> request = new Request<>(List.copyOf(commands), new CompletableFuture<>(),
                System.nanoTime() + writeWaitNanos);
        try {
            while (!queue.offer(request, 100, TimeUnit.MILLISECONDS)) {
                requireRunning();
            }
            while (true) {
                try {
                    return request.result.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException stillWaiting) {
                    requireRunning();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreFailureException("interrupted while waiting for the writer", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new StoreFailureException("write failed", e.getCause());
        }
    }

    StoreHealth health() {
        if (!running || !thread.isAlive()) {
            return StoreHealth.cannotWrite("the ledger store is closed");
        }
        return trouble.health();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failAll(new ArrayList<>(queue), new StoreFailureException("the ledger store is closed", null));
    }

    private void requireRunning() {
        if (!running || !thread.isAlive()) {
            throw new StoreFailureException("the ledger store is closed", null);
        }
    }

    private void run() {
        List<Request<?>> group = new ArrayList<>();
        while (running) {
            try {
                Request<?> first = queue.poll(IDLE_PROBE_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    probeWhileInTrouble();
                    continue;
                }
                group.add(first);
            } catch (InterruptedException stop) {
                break;
            }
            gatherWaiting(group);
            try {
                commit(group);
            } catch (Throwable fatal) {
                // An Error (out of memory, stack overflow) inside a command: fail this group, keep writing.
                committed.forget();
                failAll(group, new StoreFailureException("the writer failed: " + fatal, fatal));
            }
            group.clear();
        }
    }

    /** Adds what is already waiting, up to the bounds; a single large request always goes alone. */
    private void gatherWaiting(List<Request<?>> group) {
        int commands = group.get(0).commands.size();
        while (group.size() < MAX_REQUESTS_PER_GROUP) {
            Request<?> next = queue.peek();
            if (next == null || commands + next.commands.size() > MAX_COMMANDS_PER_GROUP) {
                return;
            }
            group.add(queue.poll());
            commands += next.commands.size();
        }
    }

    private void commit(List<Request<?>> group) {
        List<Request<?>> remaining = group;
        int attempt = 0;
        while (!remaining.isEmpty()) {
            try {
                remaining = commitUnlessOneBreaks(remaining);
            } catch (SQLException | RuntimeException e) {
                if (isBusy(e)) {
                    trouble.busy(e);
                    remaining = withinTheirWait(remaining, e);
                } else if (isRetryable(e) && ++attempt <= MAX_RETRIES) {
                    pauseBeforeRetry(attempt);
                } else if (remaining.size() > 1) {
                    remaining.forEach(one -> commit(List.of(one)));
                    return;
                } else {
                    failAll(remaining, new StoreFailureException("commit failed; nothing of this write was stored", e));
                    return;
                }
            }
        }
    }

    /**
     * @return the requests still to be written: empty once the group committed, the others when one
     * command failed unexpectedly (its caller has its answer)
     */
    private List<Request<?>> commitUnlessOneBreaks(List<Request<?>> group) throws SQLException {
        List<Runnable> completions = new ArrayList<>(group.size());
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boundLockWait(connection, group);
                PostgresTransaction tx = new PostgresTransaction(connection, committed);
                for (int i = 0; i < group.size(); i++) {
                    try {
                        completions.add(decide(group.get(i), tx));
                    } catch (StoreFailureException storage) {
                        throw storage;
                    } catch (RuntimeException unexpected) {
                        connection.rollback();
                        group.get(i).result.completeExceptionally(unexpected);
                        List<Request<?>> others = new ArrayList<>(group);
                        others.remove(i);
                        return others;
                    }
                }
                GroupWrites.flush(connection, tx.writes(), tx.epoch());
                connection.commit();
                committed.committed(tx.writes().accounts(), tx.epoch());
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
        trouble.wrote();
        completions.forEach(Runnable::run);
        return List.of();
    }

    /** The group waits for the append lock no longer than its most hurried request may still wait. */
    private static void boundLockWait(Connection connection, List<Request<?>> group) throws SQLException {
        long earliest = group.stream().mapToLong(Request::deadlineNanos).min().orElseThrow();
        long waitMs = Math.max(SHORTEST_LOCK_WAIT_MS, TimeUnit.NANOSECONDS.toMillis(earliest - System.nanoTime()));
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + waitMs + "ms'");
        }
    }

    /** Refuses the requests that have waited their whole {@code writeWait}: none was written. The others try again. */
    private static List<Request<?>> withinTheirWait(List<Request<?>> group, Exception busy) {
        long now = System.nanoTime();
        List<Request<?>> waiting = new ArrayList<>(group.size());
        for (Request<?> request : group) {
            if (now - request.deadlineNanos >= 0) {
                request.result.completeExceptionally(new StoreBusyException(
                        "the ledger is busy: no append lock or database connection in time; nothing was stored",
                        Duration.ofSeconds(1), busy));
            } else {
                waiting.add(request);
            }
        }
        return waiting;
    }

    /** While the health says it cannot write and nobody writes, tries the append lock briefly, to notice recovery. */
    private void probeWhileInTrouble() {
        if (trouble.health().writable()) {
            return;
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '" + SHORTEST_LOCK_WAIT_MS + "ms'");
                statement.execute("SELECT 1 FROM journal_append_lock WHERE id = 1 FOR UPDATE");
            } finally {
                rollbackQuietly(connection);
            }
            trouble.wrote();
        } catch (SQLException | RuntimeException stillBusy) {
            // still in trouble: the health already says so
        }
    }

    static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (BUSY.contains(sql.getSQLState()) || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** Applies one caller's batch, and returns how to answer it once the group is durable. */
    private static <T> Runnable decide(Request<T> request, PostgresTransaction tx) {
        List<Outcome<T>> outcomes = new ArrayList<>(request.commands.size());
        for (LedgerCommand<T> command : request.commands) {
            tx.beginCommand();
            try {
                outcomes.add(Outcome.done(command.applyTo(tx)));
                tx.commandDone();
            } catch (LedgerException refused) {
                tx.commandRefused();
                outcomes.add(Outcome.refused(refused));
            } catch (RuntimeException unexpected) {
                tx.commandRefused();
                throw unexpected;
            }
        }
        return () -> request.result.complete(outcomes);
    }

    static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Jittered and growing, so two nodes that collided do not collide again in step. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken: the pool discards it, and the server rolled back already
        }
    }

    private static void failAll(List<Request<?>> requests, RuntimeException failure) {
        requests.forEach(request -> request.result.completeExceptionally(failure));
    }

    /** @param deadlineNanos by when ({@link System#nanoTime()}) it is refused if the database stays busy */
    private record Request<T>(List<? extends LedgerCommand<T>> commands, CompletableFuture<List<Outcome<T>>> result,
                              long deadlineNanos) {
    }
}
