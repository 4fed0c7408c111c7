package bankcore.persistence.sqlite;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.StoreBusyException;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.StoreHealth;
import bankcore.core.port.out.LedgerCommand;
import org.sqlite.SQLiteException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
 * The one thread that writes, as a state machine in the manner of TigerBeetle's: callers queue
 * their batches; the thread takes whatever arrived while the previous group was being made durable
 * (so the group grows with the load, up to {@link #MAX_COMMANDS_PER_GROUP} commands), decides every
 * command against the state it holds in memory ({@link CommittedState}, {@link PendingGroup}),
 * then writes the group's rows with batched statements and commits once: one fsync for all of it.
 * A refused command is undone in memory and writes nothing. A command that fails unexpectedly fails
 * its own caller alone: the group is decided again without it. A group whose rows SQLite refuses
 * (a CHECK, a full disk) is written again one caller at a time, so the failure lands on its own
 * caller too. Callers beyond the queue's bound wait to enqueue: that is the back-pressure.
 * While someone else holds the write lock, each request waits at most its {@code writeWait} from
 * when it was queued, then is refused with {@link StoreBusyException} (nothing of it stored); when
 * idle, the writer probes the lock every second, so {@link #health()} also sees a holder that
 * arrives while nobody writes, and sees it leave.
 */
final class GroupCommitWriter implements AutoCloseable {
    /** As TigerBeetle's batch: large enough to amortise an fsync, small enough to keep latency in bounds. */
    static final int MAX_COMMANDS_PER_GROUP = 8_190;
    /** SQLite's own busy wait per attempt: short, so that each request's deadline is kept to within it. */
    private static final long BUSY_SLICE_MS = 200;
    private static final long IDLE_PROBE_MS = 1_000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private final Connection connection;
    private final Statement control;
    private final CommittedState committed = new CommittedState();
    private final PendingGroup pending = new PendingGroup();
    private final SqliteTransaction tx;
    private final GroupWrites writes;
    private final BlockingQueue<Request<?>> queue;
    private final int maxRequestsPerGroup;
    private final Thread thread;
    private final long writeWaitNanos;
    private final WriteTrouble trouble;
    private volatile boolean running = true;
    private volatile WriterMetrics metrics = WriterMetrics.NONE;

    /**
     * @param connection in auto-commit mode: the writer opens its transactions itself, with BEGIN IMMEDIATE
     * @param writeWait  how long a request may wait for a write lock held elsewhere before it is refused
     * @param trouble    where the writer reports whether it can write
     */
    GroupCommitWriter(Connection connection, int maxRequestsPerGroup, int queueCapacity, Duration writeWait,
                      WriteTrouble trouble) throws SQLException {
        this.connection = connection;
        this.control = connection.createStatement();
        this.control.execute("PRAGMA busy_timeout = " + Math.min(BUSY_SLICE_MS, writeWait.toMillis()));
        this.writeWaitNanos = writeWait.toNanos();
        this.trouble = trouble;
        this.tx = new SqliteTransaction(connection, committed, pending);
        this.writes = new GroupWrites(connection, committed);
        this.maxRequestsPerGroup = maxRequestsPerGroup;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "bankcore-sqlite-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        return await(new Request<>(List.copyOf(commands), new CompletableFuture<>(),
                System.nanoTime() + writeWaitNanos, null));
    }

    /** Work on the writer's connection that no group may interleave with. */
    @FunctionalInterface
    interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on the writer's thread and connection between two groups, and waits for it:
     * the connection is the thread's alone, so work on it from any other thread could land inside a
     * group's transaction.
     */
    void runAlone(ConnectionWork work) {
        await(new Request<Void>(List.of(), new CompletableFuture<>(), System.nanoTime() + writeWaitNanos, work));
    }

    private <T> List<Outcome<T>> await(Request<T> request) {
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

    WriterMetrics metrics() {
        WriterMetrics last = metrics;
        return new WriterMetrics(last.commits(), last.requests(), last.commands(), last.lastGroupRequests(),
                last.largestGroupRequests(), last.lastCommitMicros(), last.maxCommitMicros(),
                last.totalCommitMicros(), queue.size());
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
            writes.close();
            try {
                control.close();
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
        List<Request<?>> group = new ArrayList<>();
        while (running) {
            try {
                Request<?> first = queue.poll(IDLE_PROBE_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    probeLock();
                    continue;
                }
                if (first.alone != null) {
                    runOnThisThread(first);
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
                rollbackQuietly();
                committed.forget();
                failAll(group, new StoreFailureException("the writer failed: " + fatal, fatal));
            }
            group.clear();
        }
    }

    /** Adds what is already waiting, up to the bounds; a single large request always goes alone. */
    private void gatherWaiting(List<Request<?>> group) {
        int commands = group.get(0).commands.size();
        while (group.size() < maxRequestsPerGroup) {
            Request<?> next = queue.peek();
            if (next == null || next.alone != null || commands + next.commands.size() > MAX_COMMANDS_PER_GROUP) {
                return;
            }
            group.add(queue.poll());
            commands += next.commands.size();
        }
    }

    private void commit(List<Request<?>> group) {
        List<Request<?>> remaining = group;
        while (!remaining.isEmpty()) {
            remaining = commitUnlessOneBreaks(remaining);
        }
    }

    /** @return the requests still to be written: empty unless one broke or the file was busy */
    private List<Request<?>> commitUnlessOneBreaks(List<Request<?>> group) {
        long startedNanos = System.nanoTime();
        List<Runnable> completions = new ArrayList<>(group.size());
        int commands = 0;
        try {
            begin();
            for (int i = 0; i < group.size(); i++) {
                try {
                    completions.add(decide(group.get(i)));
                    commands += group.get(i).commands.size();
                } catch (StoreFailureException storage) {
                    throw storage;
                } catch (RuntimeException unexpected) {
                    // Nothing of the group reached SQLite yet: end the transaction and decide the others again.
                    rollbackQuietly();
                    group.get(i).result.completeExceptionally(unexpected);
                    List<Request<?>> others = new ArrayList<>(group);
                    others.remove(i);
                    return others;
                }
            }
            writes.write(pending);
            control.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            committed.forget();
            if (isBusy(e)) {
                trouble.lockHeldElsewhere();
                pauseBeforeRetry();
                return withinTheirWait(group, e);
            }
            if (group.size() > 1) {
                group.forEach(one -> commit(List.of(one)));
            } else {
                trouble.commitFailed(e);
                failAll(group, new StoreFailureException("commit failed; nothing of this write was stored", e));
            }
            return List.of();
        }
        trouble.wrote();
        absorbCommitted();
        metrics = metrics.after(group.size(), commands, (System.nanoTime() - startedNanos) / 1_000, queue.size());
        completions.forEach(Runnable::run);
        return List.of();
    }

    /**
     * Takes the write lock first (BEGIN IMMEDIATE), so that nobody can commit between the check of
     * the data version and this group's reads; then drops the cached state if anyone did since.
     */
    private void begin() throws SQLException {
        control.execute("BEGIN IMMEDIATE");
        try (ResultSet rs = control.executeQuery("PRAGMA data_version")) {
            rs.next();
            committed.keepIfUnchanged(rs.getLong(1));
        }
        tx.startGroup();
    }

    /**
     * Refuses the requests that have waited their whole {@code writeWait} for the lock: none of
     * them was written, so the refusal is the whole truth. The others try again.
     */
    private List<Request<?>> withinTheirWait(List<Request<?>> group, Exception busy) {
        long now = System.nanoTime();
        List<Request<?>> waiting = new ArrayList<>(group.size());
        for (Request<?> request : group) {
            if (now - request.deadlineNanos >= 0) {
                request.result.completeExceptionally(new StoreBusyException(
                        "the ledger is busy: its write lock is held by someone else; nothing was stored",
                        Duration.ofSeconds(1), busy));
            } else {
                waiting.add(request);
            }
        }
        return waiting;
    }

    /**
     * Nothing to write: takes the write lock and lets it go at once, so that the health reports a
     * holder that came while the bank was idle, and its leaving. Costs no I/O.
     */
    private void probeLock() {
        try {
            control.execute("BEGIN IMMEDIATE");
            control.execute("ROLLBACK");
            trouble.wrote();
        } catch (SQLException e) {
            rollbackQuietly();
            if (isBusy(e)) {
                trouble.lockHeldElsewhere();
            } else {
                trouble.commitFailed(e);
            }
        }
    }

    private void runOnThisThread(Request<?> request) {
        try {
            request.alone.run(connection);
            request.result.complete(List.of());
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            committed.forget();
            request.result.completeExceptionally(new StoreFailureException("work on the writer's connection failed: "
                    + e.getMessage(), e));
        }
    }

    /** The group is durable: what it wrote is now the committed state. */
    private void absorbCommitted() {
        pending.allAccounts().forEach(committed::remember);
        pending.keys().forEach(committed::remember);
        committed.head(pending.head());
        committed.lastIds(pending.lastAccountId(), pending.lastCustomerId());
        committed.lastEventPosition(pending.events().lastPosition());
        writes.absorbCommitted();
    }

    /** Decides one caller's batch against the in-memory state, and returns how to answer it once durable. */
    private <T> Runnable decide(Request<T> request) {
        List<Outcome<T>> outcomes = new ArrayList<>(request.commands.size());
        for (LedgerCommand<T> command : request.commands) {
            pending.beginCommand();
            try {
                outcomes.add(Outcome.done(command.applyTo(tx)));
            } catch (LedgerException refused) {
                pending.undoCommand();
                outcomes.add(Outcome.refused(refused));
            }
        }
        return () -> request.result.complete(outcomes);
    }

    /**
     * Another process holds the write lock beyond the busy slice (a seeder beside a running API, a
     * backup tool, a shell in {@code BEGIN IMMEDIATE}). Nothing of the group was acknowledged, so it
     * is simply written again, within each request's wait.
     */
    static boolean isBusy(Throwable failure) {
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

    private void rollbackQuietly() {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction open (BEGIN itself failed), or the failure being reported is the one
            // that matters; the next BEGIN starts clean either way
        }
    }

    private static void failAll(List<Request<?>> requests, RuntimeException failure) {
        requests.forEach(request -> request.result.completeExceptionally(failure));
    }

    /**
     * @param deadlineNanos by when ({@link System#nanoTime()}) it is refused if the write lock stays taken
     * @param alone         null for commands; otherwise work run alone between groups, with no commands
     */
    private record Request<T>(List<? extends LedgerCommand<T>> commands, CompletableFuture<List<Outcome<T>>> result,
                              long deadlineNanos, ConnectionWork alone) {
    }
}
