package bankcore.persistence.postgres;

import bankcore.core.domain.StoreFailureException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Queries on a pooled connection in auto-commit: each sees what was committed when it started. */
final class PgReads {
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource pool;

    PgReads(DataSource pool) {
        this.pool = pool;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection connection = pool.getConnection()) {
            return list(connection, sql, mapper, args);
        } catch (SQLException e) {
            throw new StoreFailureException("read failed: " + sql, e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = list(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long number(String sql, Object... args) {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    /** The same, on a connection the caller holds (the writer's, inside its transaction). */
    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... args)
            throws SQLException {
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
    }
}
