package bankcore.persistence.sqlite;

import bankcore.core.domain.EventType;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.out.WebhookStore;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook endpoints, their progress and the delivery log in the ledger's SQLite file, on a
 * connection of its own: these writes touch no money and happen once per delivery attempt, so they
 * never queue behind the group-commit writer; SQLite's busy timeout orders them with its commits.
 * <pre>{@code
 * SqliteWebhookStore webhooks = SqliteWebhookStore.open(store);
 * }</pre>
 */
public final class SqliteWebhookStore implements WebhookStore, AutoCloseable {
    private static final String ENDPOINT_COLUMNS = "id, url, events, description, status, secret, created_at, "
            + "delivered_up_to, failures, failing_since, next_attempt_at";
    private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_position, event_id, event_type, attempt, "
            + "delivered, response_status, error, attempted_at";

    /**
     * synchronous=NORMAL on this connection alone: a delivery's progress that a power loss takes away
     * only makes the event be sent again, which at-least-once allows, and an fsync per delivery would
     * hold SQLite's write lock against the ledger's writer for the length of a disk flush. The writer's
     * own commits stay FULL (and flush the whole log, these rows included).
     */
    private static final SqliteOptions PROGRESS_WITHOUT_FSYNC = new SqliteOptions(false,
            SqliteOptions.DEFAULT_MAX_REQUESTS_PER_COMMIT, 1);

    private final Connection connection;

    private SqliteWebhookStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens on the same file as {@code store}, whose opening has already migrated the schema. */
    public static SqliteWebhookStore open(SqliteLedgerStore store) {
        try {
            Connection connection = SqliteLedgerStore.config(PROGRESS_WITHOUT_FSYNC, false)
                    .createConnection(store.jdbcUrl());
            connection.setAutoCommit(false);
            return new SqliteWebhookStore(connection);
        } catch (SQLException e) {
            throw new StoreFailureException("cannot open the webhook store at " + store.jdbcUrl(), e);
        }
    }

    @Override
    public synchronized WebhookEndpoint insertEndpoint(WebhookEndpoint e) {
        return inTransaction("register a webhook endpoint", () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_endpoint ("
                    + ENDPOINT_COLUMNS.substring("id, ".length()) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "RETURNING id")) {
                insert.setString(1, e.url().toString());
                insert.setString(2, String.join(",", e.events()));
                insert.setString(3, e.description());
                insert.setString(4, e.status().name());
                insert.setString(5, e.secret());
                insert.setLong(6, Rows.micros(e.createdAt()));
                bindProgress(insert, 7, e);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return e.withId(rs.getLong(1));
                }
            }
        });
    }

    @Override
    public synchronized List<WebhookEndpoint> endpoints() {
        return inTransaction("list webhook endpoints", () -> list("SELECT " + ENDPOINT_COLUMNS
                + " FROM webhook_endpoint ORDER BY id", SqliteWebhookStore::endpoint));
    }

    @Override
    public synchronized Optional<WebhookEndpoint> endpoint(long id) {
        return inTransaction("read webhook endpoint " + id, () -> list("SELECT " + ENDPOINT_COLUMNS
                + " FROM webhook_endpoint WHERE id = ?", SqliteWebhookStore::endpoint, id).stream().findFirst());
    }

    @Override
    public synchronized boolean deleteEndpoint(long id) {
        return inTransaction("delete webhook endpoint " + id, () -> {
            try (PreparedStatement deliveries = connection.prepareStatement(
                    "DELETE FROM webhook_delivery WHERE endpoint_id = ?");
                 PreparedStatement endpoint = connection.prepareStatement("DELETE FROM webhook_endpoint WHERE id = ?")) {
                deliveries.setLong(1, id);
                deliveries.executeUpdate();
                endpoint.setLong(1, id);
                return endpoint.executeUpdate() == 1;
            }
        });
    }

    @Override
    public synchronized Optional<WebhookEndpoint> replaceSecret(long id, String secret) {
        return inTransaction("rotate the secret of webhook endpoint " + id, () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE webhook_endpoint SET secret = ? WHERE id = ?")) {
                update.setString(1, secret);
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    return Optional.<WebhookEndpoint>empty();
                }
            }
            return list("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint WHERE id = ?",
                    SqliteWebhookStore::endpoint, id).stream().findFirst();
        });
    }

    /** Leaves the secret alone: a rotation made while the attempt was under way stays. */
    @Override
    public synchronized void recordProgress(WebhookEndpoint progressed, WebhookDelivery attempt) {
        inTransaction("record a webhook delivery", () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_endpoint SET status = ?, "
                    + "delivered_up_to = ?, failures = ?, failing_since = ?, next_attempt_at = ? WHERE id = ?")) {
                update.setString(1, progressed.status().name());
                bindProgress(update, 2, progressed);
                update.setLong(6, progressed.id());
                if (update.executeUpdate() == 0 || attempt == null) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery ("
                    + DELIVERY_COLUMNS.substring("id, ".length()) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, attempt.endpointId());
                insert.setLong(2, attempt.eventPosition());
                insert.setString(3, attempt.eventId().toString());
                insert.setString(4, attempt.eventType().wireName());
                insert.setInt(5, attempt.attempt());
                insert.setInt(6, attempt.delivered() ? 1 : 0);
                insert.setInt(7, attempt.responseStatus());
                insert.setString(8, attempt.error());
                insert.setLong(9, Rows.micros(attempt.attemptedAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit) {
        return inTransaction("read the deliveries of webhook endpoint " + endpointId, () -> list("SELECT "
                + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE endpoint_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
                rs -> new WebhookDelivery(rs.getLong(1), rs.getLong(2), rs.getLong(3), UUID.fromString(rs.getString(4)),
                        EventType.of(rs.getString(5)), rs.getInt(6), rs.getInt(7) == 1, rs.getInt(8), rs.getString(9),
                        Rows.instant(rs.getLong(10))), endpointId, beforeId, limit));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // shutting down: nothing uncommitted is left on this connection
        }
    }

    private static void bindProgress(PreparedStatement statement, int first, WebhookEndpoint e) throws SQLException {
        statement.setLong(first, e.deliveredUpTo());
        statement.setInt(first + 1, e.failures());
        if (e.failingSince() == null) {
            statement.setNull(first + 2, Types.INTEGER);
        } else {
            statement.setLong(first + 2, Rows.micros(e.failingSince()));
        }
        statement.setLong(first + 3, Rows.micros(e.nextAttemptAt()));
    }

    private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        long failingSince = rs.getLong(10);
        boolean failing = !rs.wasNull();
        return new WebhookEndpoint(rs.getLong(1), URI.create(rs.getString(2)), Arrays.asList(rs.getString(3).split(",")),
                rs.getString(4), WebhookEndpoint.Status.valueOf(rs.getString(5)), rs.getString(6),
                Rows.instant(rs.getLong(7)), rs.getLong(8), rs.getInt(9), failing ? Rows.instant(failingSince) : null,
                Rows.instant(rs.getLong(11)));
    }

    private <T> List<T> list(String sql, ReadConnections.RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the failure being reported is the one that matters
            }
            throw new StoreFailureException("cannot " + what, e);
        }
    }
}
