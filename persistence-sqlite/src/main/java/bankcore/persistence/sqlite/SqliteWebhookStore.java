package bankcore.persistence.sqlite;

import bankcore.core.domain.EventType;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.out.WebhookStore;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook endpoints, their progress, leases and the delivery log in the ledger's SQLite file. It has
 * no connection of its own: it reads on the store's read connections, and writes through the
 * store's group-commit writer, inside the next group's transaction (decision 0019). On a connection
 * of its own each write had to wait for the write lock, which the writer, busy with transfers,
 * holds almost without pause; in the group it costs a few rows in a commit made anyway.
 * <pre>{@code
 * SqliteWebhookStore webhooks = SqliteWebhookStore.on(store);
 * }</pre>
 * Closed with the store.
 */
public final class SqliteWebhookStore implements WebhookStore {
    private static final String ENDPOINT_COLUMNS = "id, url, events, description, status, secret, created_at, "
            + "delivered_up_to, failures, failing_since, next_attempt_at";
    private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_position, event_id, event_type, attempt, "
            + "delivered, response_status, error, attempted_at";
    private static final String ENDPOINT_BY_ID = "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint WHERE id = ?";

    private final SqliteLedgerStore store;

    private SqliteWebhookStore(SqliteLedgerStore store) {
        this.store = store;
    }

    /** On the same file as {@code store}, whose opening has already migrated the schema. */
    public static SqliteWebhookStore on(SqliteLedgerStore store) {
        return new SqliteWebhookStore(store);
    }

    @Override
    public WebhookEndpoint insertEndpoint(WebhookEndpoint e) {
        return store.writeBeside(connection -> {
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
    public List<WebhookEndpoint> endpoints() {
        return store.readers().list("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint ORDER BY id",
                SqliteWebhookStore::endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(long id) {
        return store.readers().one(ENDPOINT_BY_ID, SqliteWebhookStore::endpoint, id);
    }

    @Override
    public boolean deleteEndpoint(long id) {
        return store.writeBeside(connection -> {
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
    public Optional<WebhookEndpoint> replaceSecret(long id, String secret) {
        return store.writeBeside(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE webhook_endpoint SET secret = ? WHERE id = ?")) {
                update.setString(1, secret);
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return endpointOn(connection, id);
        });
    }

    @Override
    public Optional<WebhookEndpoint> claim(long id, String owner, Instant now, Instant until) {
        return store.writeBeside(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_endpoint SET "
                    + "lease_owner = ?, lease_until = ? WHERE id = ? "
                    + "AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?)")) {
                update.setString(1, owner);
                update.setLong(2, Rows.micros(until));
                update.setLong(3, id);
                update.setString(4, owner);
                update.setLong(5, Rows.micros(now));
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return endpointOn(connection, id);
        });
    }

    @Override
    public boolean recordProgress(String owner, Instant leaseUntil, WebhookEndpoint progressed,
                                  List<WebhookDelivery> attempts) {
        return store.writeBeside(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_endpoint SET status = ?, "
                    + "delivered_up_to = ?, failures = ?, failing_since = ?, next_attempt_at = ?, lease_until = ? "
                    + "WHERE id = ? AND lease_owner = ?")) {
                update.setString(1, progressed.status().name());
                bindProgress(update, 2, progressed);
                update.setLong(6, Rows.micros(leaseUntil));
                update.setLong(7, progressed.id());
                update.setString(8, owner);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery ("
                    + DELIVERY_COLUMNS.substring("id, ".length()) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (WebhookDelivery attempt : attempts) {
                    insert.setLong(1, attempt.endpointId());
                    insert.setLong(2, attempt.eventPosition());
                    insert.setString(3, attempt.eventId().toString());
                    insert.setString(4, attempt.eventType().wireName());
                    insert.setInt(5, attempt.attempt());
                    insert.setInt(6, attempt.delivered() ? 1 : 0);
                    insert.setInt(7, attempt.responseStatus());
                    insert.setString(8, attempt.error());
                    insert.setLong(9, Rows.micros(attempt.attemptedAt()));
                    insert.addBatch();
                }
                if (!attempts.isEmpty()) {
                    insert.executeBatch();
                }
            }
            return true;
        });
    }

    @Override
    public void release(long id, String owner) {
        store.writeBeside(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_endpoint SET "
                    + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?")) {
                update.setLong(1, id);
                update.setString(2, owner);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit) {
        return store.readers().list("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE endpoint_id = ? "
                + "AND id < ? ORDER BY id DESC LIMIT ?", rs -> new WebhookDelivery(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), UUID.fromString(rs.getString(4)), EventType.of(rs.getString(5)), rs.getInt(6),
                rs.getInt(7) == 1, rs.getInt(8), rs.getString(9), Rows.instant(rs.getLong(10))),
                endpointId, beforeId, limit);
    }

    private static Optional<WebhookEndpoint> endpointOn(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ENDPOINT_BY_ID)) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(endpoint(rs)) : Optional.empty();
            }
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
}
