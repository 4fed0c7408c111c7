package bankcore.persistence.postgres;

import bankcore.core.domain.StoreFailureException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** One transaction on a pooled connection, for the stores beside the ledger that borrow its pool. */
final class PgTransactions {
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private PgTransactions() {
    }

    /** Runs {@code work} in one transaction; on any failure nothing of it stays and {@code what} is reported. */
    static <T> T inTransaction(DataSource pool, String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreFailureException("cannot " + what, e);
        }
    }
}
