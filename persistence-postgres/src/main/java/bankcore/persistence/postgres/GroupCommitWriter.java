package bankcore.persistence.postgres;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.port.out.LedgerCommand;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
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
 */
final class GroupCommitWriter implements AutoCloseable {
    static final int MAX_COMMANDS_PER_GROUP = 8_190;
    private static final int MAX_REQUESTS_PER_GROUP = 4_096;
    private static final int MAX_RETRIES = 8;
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    private final DataSource pool;
    private final CommittedAccounts committed = new CommittedAccounts();
    private final BlockingQueue<Request<?>> queue;
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitWriter(DataSource pool, int queueCapacity, String name) {
        this.pool = pool;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        Request<T> request = new Request<>(List.copyOf(commands), new CompletableFuture<>());
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
                group.add(queue.take());
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
                if (isRetryable(e) && ++attempt <= MAX_RETRIES) {
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
        completions.forEach(Runnable::run);
        return List.of();
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

    private record Request<T>(List<? extends LedgerCommand<T>> commands, CompletableFuture<List<Outcome<T>>> result) {
    }
}
