package bankcore.persistence.sqlite;

/**
 * How a store is opened. The defaults are the safe ones; the others exist for measurements.
 *
 * @param synchronousFull      fsync on every commit, so an acknowledged transfer survives power loss
 *                             (SQLite's {@code synchronous=FULL}); {@code false} gives {@code NORMAL}
 * @param maxRequestsPerCommit how many callers' batches one commit may hold; 1 turns group commit off
 * @param readConnections      size of the read-only connection pool
 */
public record SqliteOptions(boolean synchronousFull, int maxRequestsPerCommit, int readConnections) {
    public static final int DEFAULT_MAX_REQUESTS_PER_COMMIT = 1_000;

    public SqliteOptions {
        if (maxRequestsPerCommit < 1 || maxRequestsPerCommit > 100_000) {
            throw new IllegalArgumentException("maxRequestsPerCommit must be 1 to 100000");
        }
        if (readConnections < 1 || readConnections > 64) {
            throw new IllegalArgumentException("readConnections must be 1 to 64");
        }
    }

    public static SqliteOptions defaults() {
        return new SqliteOptions(true, DEFAULT_MAX_REQUESTS_PER_COMMIT, 4);
    }

    public SqliteOptions withoutGroupCommit() {
        return new SqliteOptions(synchronousFull, 1, readConnections);
    }
}
