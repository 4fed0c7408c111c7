package bankcore.persistence.postgres;

import bankcore.core.domain.StoreHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What this node's writer knows of its health: writable until a group cannot get the append lock
 * or a connection within the bounded wait, writable again after the next commit (or idle probe).
 * Each episode is logged once when it starts, naming the sessions that hold the append lock (from
 * {@code pg_locks} and {@code pg_stat_activity}, as far as this role may see them), and once when it ends.
 */
final class AppendLockTrouble {
    private static final Logger LOG = LoggerFactory.getLogger(AppendLockTrouble.class);
    private static final String HOLDERS = "SELECT a.pid || ' (' || coalesce(nullif(a.application_name, ''), 'no name') "
            + "|| coalesce(' from ' || host(a.client_addr), '') || ', ' || coalesce(a.state, '?') || ' since ' "
            + "|| coalesce(to_char(a.xact_start, 'HH24:MI:SS'), '?') || ')' "
            + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            + "WHERE l.relation = 'journal_append_lock'::regclass AND l.granted AND l.pid <> pg_backend_pid()";

    private final DataSource pool;
    private volatile StoreHealth health = StoreHealth.WRITABLE;

    AppendLockTrouble(DataSource pool) {
        this.pool = pool;
    }

    StoreHealth health() {
        return health;
    }

    void busy(Exception failure) {
        if (health.writable()) {
            String holders = holders();
            health = StoreHealth.cannotWrite("the database did not give this node the append lock or a connection "
                    + "in time: " + holders);
            LOG.warn("The ledger cannot take writes: no append lock or connection within the bounded wait ({}); {}. "
                    + "Writes are refused (503) until it gets through.", failure.getMessage(), holders);
        }
    }

    void wrote() {
        if (!health.writable()) {
            LOG.info("The ledger takes writes again");
            health = StoreHealth.WRITABLE;
        }
    }

    private String holders() {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(true);
            List<String> sessions = PgReads.list(connection, HOLDERS, rs -> rs.getString(1));
            return sessions.isEmpty() ? "no other session holds the append lock now"
                    : "sessions holding the append lock: " + String.join(", ", sessions);
        } catch (SQLException | RuntimeException unreachable) {
            return "its holders could not be looked up (" + unreachable.getMessage() + ")";
        }
    }
}
