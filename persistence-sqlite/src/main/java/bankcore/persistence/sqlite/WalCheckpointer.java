package bankcore.persistence.sqlite;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Copies the WAL into the database file from a thread and a connection of its own, every
 * {@link #INTERVAL}, so that the writer seldom has to: SQLite's automatic checkpoint runs inside the
 * committing connection's COMMIT, where every caller of the group waits for it. A {@code PASSIVE}
 * checkpoint takes no lock that a commit or a read needs and never waits, so it delays nobody. The
 * writer's own automatic checkpoint at {@link SqliteOptions#WAL_CHECKPOINT_PAGES} stays as the bound
 * of the log, and it is what starts the log over (SQLite rewinds it only at a write that finds it all
 * copied, which under steady load never follows a pass made from outside); by then it has only the
 * pages written since this thread's last pass left to copy (decision 0022).
 */
final class WalCheckpointer implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final Connection connection;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean failing;

    /** Starts checkpointing through {@code connection}, a writable one of its own, which it closes when closed. */
    WalCheckpointer(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::run, "bankcore-sqlite-checkpointer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try (Statement statement = connection.createStatement()) {
            while (running) {
                Thread.sleep(INTERVAL.toMillis());
                checkpoint(statement);
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.warn("The WAL checkpointer stopped; the writer checkpoints the WAL alone from now on", e);
        }
    }

    /**
     * A failed pass loses nothing: the pages stay in the log, durable, for the next pass or for the
     * writer's own checkpoint. Logged once when passes start failing and once when they work again.
     */
    private void checkpoint(Statement statement) {
        try (ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
            if (failing) {
                LOG.info("The WAL checkpointer works again");
                failing = false;
            }
        } catch (SQLException e) {
            if (running && !failing) {
                LOG.warn("A WAL checkpoint failed; the log keeps the pages until a later one copies them", e);
                failing = true;
            }
        }
    }

    /** Stops after the pass in progress and closes the connection, so that the writer's can be the last one. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the store is closing; the writer's connection closes last and checkpoints what is left
        }
    }
}
