package bankcore.persistence.sqlite;

import bankcore.core.domain.StoreFailureException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of read-only connections. In WAL mode readers never wait for the writer, and each
 * query sees the last committed state.
 */
final class ReadConnections implements AutoCloseable {
    private static final long BORROW_TIMEOUT_SECONDS = 30;

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all;

    /**
     * A connection that cannot write the file: no journal-mode pragma either, since changing it is a
     * write, so a copy in rollback-journal mode is read as it is.
     */
    static SQLiteConfig readOnlyConfig(int busyTimeoutMs) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(busyTimeoutMs);
        return config;
    }

    ReadConnections(List<Connection> connections) {
        this.all = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        }, sql);
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = list(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long number(String sql, Object... args) {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work, String sql) {
        Connection connection;
        try {
            connection = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreFailureException("interrupted while waiting for a read connection", e);
        }
        if (connection == null) {
            throw new StoreFailureException("no read connection free for " + BORROW_TIMEOUT_SECONDS + " s", null);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreFailureException("read failed: " + sql, e);
        } finally {
            idle.add(connection);
        }
    }

    @Override
    public void close() {
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // shutting down; nothing is left to protect on a read-only connection
            }
        }
    }
}
