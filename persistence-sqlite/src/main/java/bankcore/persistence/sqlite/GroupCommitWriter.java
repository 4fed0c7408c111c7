package bankcore.persistence.sqlite;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.port.out.JournalHead;
import bankcore.core.port.out.LedgerCommand;
import org.sqlite.SQLiteException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes. Callers queue their batches; the thread takes whatever is waiting
 * (up to a bound), applies it in one transaction and commits once, so a single fsync makes many
 * callers' transfers durable. Each command runs in a savepoint: a refused command rolls back alone.
 * Each caller's batch runs in an outer savepoint too: a command that fails unexpectedly takes its
 * own caller's batch down with it, never the neighbours'.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final long BUSY_RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private final Connection connection;
    private final SqliteTransaction tx;
    private final BlockingQueue<Request<?>> queue;
    private final int maxRequestsPerCommit;
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitWriter(Connection connection, int maxRequestsPerCommit, int queueCapacity) {
        this.connection = connection;
        this.tx = new SqliteTransaction(connection);
        this.maxRequestsPerCommit = maxRequestsPerCommit;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "bankcore-sqlite-writer");
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
        if (!thread.isAlive()) {
            tx.close();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway; SQLite checkpoints the WAL on the last connection's close when it can
            }
        }
        failAll(new ArrayList<>(queue), new StoreFailureException("the ledger store is closed", null));
    }

    /** A caller never waits on a writer that is gone: closed, or stopped by an error it could not survive. */
    private void requireRunning() {
        if (!running || !thread.isAlive()) {
            throw new StoreFailureException("the ledger store is closed", null);
        }
    }

    private void run() {
        List<Request<?>> group = new ArrayList<>(maxRequestsPerCommit);
        while (running) {
            try {
                group.add(queue.take());
            } catch (InterruptedException stop) {
                break;
            }
            queue.drainTo(group, maxRequestsPerCommit - 1);
            try {
                commit(group);
            } catch (Throwable fatal) {
                // An Error (out of memory, stack overflow) inside a command: fail this group, keep writing.
                rollbackQuietly();
                failAll(group, new StoreFailureException("the writer failed: " + fatal, fatal));
            }
            group.clear();
        }
    }

    private void commit(List<Request<?>> group) {
        long giveUpAt = System.nanoTime() + BUSY_RETRY_NANOS;
        List<Request<?>> remaining = group;
        while (!remaining.isEmpty()) {
            remaining = commitUnlessOneBreaks(remaining, giveUpAt);
        }
    }

    /**
     * Applies every request and commits once. There is no savepoint per request, only per command:
     * nested savepoints make each command's RELEASE cost time in proportion to everything written
     * since the outer one opened (measured in docs/benchmarks.md). Isolation between callers comes
     * instead from a retry: when a command fails unexpectedly (a bug, not a refusal), the whole
     * transaction is rolled back, that caller alone gets the failure, and the others are applied
     * again in a fresh transaction. Nothing was acknowledged before the rollback, so nothing is lost.
     *
     * @return the requests still to be written: empty unless one broke
     */
    private List<Request<?>> commitUnlessOneBreaks(List<Request<?>> group, long giveUpAt) {
        List<Runnable> completions = new ArrayList<>(group.size());
        try {
            tx.begin();
            for (int i = 0; i < group.size(); i++) {
                try {
                    completions.add(apply(group.get(i)));
                } catch (StoreFailureException storage) {
                    throw storage;
                } catch (RuntimeException unexpected) {
                    rollbackQuietly();
                    group.get(i).result.completeExceptionally(unexpected);
                    List<Request<?>> others = new ArrayList<>(group);
                    others.remove(i);
                    return others;
                }
            }
            connection.commit();
            completions.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (isBusy(e) && System.nanoTime() < giveUpAt) {
                pauseBeforeRetry();
                return group;
            }
            failAll(group, new StoreFailureException("commit failed; nothing of this write was stored", e));
        }
        return List.of();
    }

    /**
     * Another process wrote to the file (a seeder beside a running API): SQLite refuses a deferred
     * transaction whose snapshot went stale at once, without waiting for the busy timeout. Nothing
     * of the group was acknowledged, so it is simply written again on a fresh snapshot.
     */
    private static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
            }
        }
        return false;
    }

    private static void pauseBeforeRetry() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applies one caller's batch and returns how to answer it once the commit is durable. */
    private <T> Runnable apply(Request<T> request) throws SQLException {
        List<Outcome<T>> outcomes = new ArrayList<>(request.commands.size());
        for (LedgerCommand<T> command : request.commands) {
            outcomes.add(applyOne(command));
        }
        return () -> request.result.complete(outcomes);
    }

    private <T> Outcome<T> applyOne(LedgerCommand<T> command) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        JournalHead head = tx.mark();
        try {
            T value = command.applyTo(tx);
            connection.releaseSavepoint(savepoint);
            return Outcome.done(value);
        } catch (LedgerException refused) {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            tx.reset(head);
            return Outcome.refused(refused);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure being reported is the one that matters; the next begin starts clean
        }
    }

    private static void failAll(List<Request<?>> requests, RuntimeException failure) {
        requests.forEach(request -> request.result.completeExceptionally(failure));
    }

    private record Request<T>(List<? extends LedgerCommand<T>> commands, CompletableFuture<List<Outcome<T>>> result) {
    }
}
