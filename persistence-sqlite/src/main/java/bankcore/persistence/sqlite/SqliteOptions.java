package bankcore.persistence.sqlite;

import java.time.Duration;
import java.util.Objects;

/**
 * How a store is opened. The defaults are the safe ones; the others exist for measurements.
 *
 * @param synchronousFull      fsync on every commit, so an acknowledged transfer survives power loss
 *                             (SQLite's {@code synchronous=FULL}); {@code false} gives {@code NORMAL}
 * @param maxRequestsPerCommit how many callers' batches one commit may hold; 1 turns group commit off
 * @param readConnections      size of the read-only connection pool
 * @param writeWait            how long a write may wait for a write lock that someone else holds
 *                             before it is refused with {@code StoreBusyException} (nothing stored);
 *                             also the busy timeout of reads and of the credential store
 * @param bulkLoad             a load into a file that is thrown away unless the load completes (the
 *                             seeder's {@code FILE.seeding}): see {@link #forBulkLoad()}
 */
public record SqliteOptions(boolean synchronousFull, int maxRequestsPerCommit, int readConnections,
                            Duration writeWait, boolean bulkLoad) {
    public static final int DEFAULT_MAX_REQUESTS_PER_COMMIT = 1_000;
    public static final Duration DEFAULT_WRITE_WAIT = Duration.ofSeconds(5);
    /**
     * The writer checkpoints the WAL itself (inside a COMMIT) only once it holds this many pages (64 MiB
     * of SQLite's 4 KiB pages), not at SQLite's default of 1,000; until then the store's checkpointer
     * thread copies it into the file. A durable group of 1,000 transfers dirties more than a thousand
     * pages (the journal's indexes by account take a random leaf per row), so at the default nearly
     * every commit also copied its pages into the file and synced it (decision 0022).
     */
    public static final int WAL_CHECKPOINT_PAGES = 16_384;
    private static final Duration LONGEST_WRITE_WAIT = Duration.ofMinutes(5);

    public SqliteOptions {
        if (maxRequestsPerCommit < 1 || maxRequestsPerCommit > 100_000) {
            throw new IllegalArgumentException("maxRequestsPerCommit must be 1 to 100000");
        }
        if (readConnections < 1 || readConnections > 64) {
            throw new IllegalArgumentException("readConnections must be 1 to 64");
        }
        Objects.requireNonNull(writeWait, "writeWait");
        if (writeWait.toMillis() < 1 || writeWait.compareTo(LONGEST_WRITE_WAIT) > 0) {
            throw new IllegalArgumentException("writeWait must be 1 ms to 5 minutes");
        }
    }

    public SqliteOptions(boolean synchronousFull, int maxRequestsPerCommit, int readConnections) {
        this(synchronousFull, maxRequestsPerCommit, readConnections, DEFAULT_WRITE_WAIT, false);
    }

    public static SqliteOptions defaults() {
        return new SqliteOptions(true, DEFAULT_MAX_REQUESTS_PER_COMMIT, 4);
    }

    public SqliteOptions withoutGroupCommit() {
        return new SqliteOptions(synchronousFull, 1, readConnections, writeWait, bulkLoad);
    }

    public SqliteOptions withWriteWait(Duration wait) {
        return new SqliteOptions(synchronousFull, maxRequestsPerCommit, readConnections, wait, bulkLoad);
    }

    /**
     * For a file that nobody uses before the load is complete and that is discarded if it is not (the
     * seeder's all-or-nothing {@code FILE.seeding}): the writer commits without fsync
     * ({@code synchronous=OFF}), and the journal's non-unique indexes are dropped when the store opens
     * and built again, sorted in one pass, by {@link SqliteLedgerStore#finishBulkLoad()}, which also
     * puts the writer back to this store's durability and syncs the file once. Until then a crash may
     * leave the file incomplete or corrupt; a live ledger must never be opened this way.
     */
    public SqliteOptions forBulkLoad() {
        return new SqliteOptions(synchronousFull, maxRequestsPerCommit, readConnections, writeWait, true);
    }
}
