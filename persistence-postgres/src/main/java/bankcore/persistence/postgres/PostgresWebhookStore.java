package bankcore.persistence.postgres;

import bankcore.core.domain.EventType;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.out.WebhookStore;

import javax.sql.DataSource;
import java.net.URI;
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
 * Webhook endpoints, their progress, leases and the delivery log on PostgreSQL, on the ledger store's
 * pool: these writes touch no money and come once per batch of deliveries, so they neither queue
 * behind the group-commit writer nor take the journal's append lock.
 * <p>
 * Several API nodes on one database each run a dispatcher over the same endpoints; the lease in the
 * endpoint's row hands each endpoint to one of them at a time. A claim is one conditional UPDATE
 * (row-locked, so two nodes claiming at once are ordered), and progress is recorded only by the
 * lease's owner: a node whose lease ran out and was taken over records nothing, so its stale view
 * never moves the endpoint's progress.
 * <pre>{@code
 * PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
 * PostgresWebhookStore webhooks = PostgresWebhookStore.on(store);
 * }</pre>
 * Closed with the store, whose pool it borrows.
 */
public final class PostgresWebhookStore implements WebhookStore {
    private static final String ENDPOINT_COLUMNS = "id, url, events, description, status, secret, created_at, "
            + "delivered_up_to, failures, failing_since, next_attempt_at";
    private static final String DELIVERY_COLUMNS = "id, endpoint_id, event_position, event_id, event_type, attempt, "
            + "delivered, response_status, error, attempted_at";
    private static final String ENDPOINT_BY_ID = "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint WHERE id = ?";

    private final DataSource pool;
    private final PgReads reads;

    private PostgresWebhookStore(DataSource pool) {
        this.pool = pool;
        this.reads = new PgReads(pool);
    }

    /** On the same database as {@code store}, whose opening has already migrated the schema. */
    public static PostgresWebhookStore on(PostgresLedgerStore store) {
        return new PostgresWebhookStore(store.pool());
    }

    @Override
    public WebhookEndpoint insertEndpoint(WebhookEndpoint e) {
        return PgTransactions.inTransaction(pool, "register a webhook endpoint", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_endpoint ("
                    + ENDPOINT_COLUMNS.substring("id, ".length()) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "RETURNING id")) {
                insert.setString(1, e.url().toString());
                insert.setString(2, String.join(",", e.events()));
                insert.setString(3, e.description());
                insert.setString(4, e.status().name());
                insert.setString(5, e.secret());
                insert.setLong(6, PgRows.micros(e.createdAt()));
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
        return reads.list("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoint ORDER BY id",
                PostgresWebhookStore::endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(long id) {
        return reads.one(ENDPOINT_BY_ID, PostgresWebhookStore::endpoint, id);
    }

    /** The log goes with the endpoint (ON DELETE CASCADE). */
    @Override
    public boolean deleteEndpoint(long id) {
        return PgTransactions.inTransaction(pool, "delete webhook endpoint " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_endpoint WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<WebhookEndpoint> replaceSecret(long id, String secret) {
        return PgTransactions.inTransaction(pool, "rotate the secret of webhook endpoint " + id, connection ->
                PgReads.list(connection, "UPDATE webhook_endpoint SET secret = ? WHERE id = ? RETURNING "
                        + ENDPOINT_COLUMNS, PostgresWebhookStore::endpoint, secret, id).stream().findFirst());
    }

    @Override
    public Optional<WebhookEndpoint> claim(long id, String owner, Instant now, Instant until) {
        return PgTransactions.inTransaction(pool, "claim webhook endpoint " + id, connection ->
                PgReads.list(connection, "UPDATE webhook_endpoint SET lease_owner = ?, lease_until = ? WHERE id = ? "
                        + "AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?) RETURNING "
                        + ENDPOINT_COLUMNS, PostgresWebhookStore::endpoint, owner, PgRows.micros(until), id, owner,
                        PgRows.micros(now)).stream().findFirst());
    }

    @Override
    public boolean recordProgress(String owner, Instant leaseUntil, WebhookEndpoint progressed,
                                  List<WebhookDelivery> attempts) {
        return PgTransactions.inTransaction(pool, "record webhook deliveries", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_endpoint SET status = ?, "
                    + "delivered_up_to = ?, failures = ?, failing_since = ?, next_attempt_at = ?, lease_until = ? "
                    + "WHERE id = ? AND lease_owner = ?")) {
                update.setString(1, progressed.status().name());
                bindProgress(update, 2, progressed);
                update.setLong(6, PgRows.micros(leaseUntil));
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
                    insert.setObject(3, attempt.eventId());
                    insert.setString(4, attempt.eventType().wireName());
                    insert.setInt(5, attempt.attempt());
                    insert.setBoolean(6, attempt.delivered());
                    insert.setInt(7, attempt.responseStatus());
                    insert.setString(8, attempt.error());
                    insert.setLong(9, PgRows.micros(attempt.attemptedAt()));
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
        PgTransactions.inTransaction(pool, "release webhook endpoint " + id, connection -> {
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
        return reads.list("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE endpoint_id = ? AND id < ? "
                + "ORDER BY id DESC LIMIT ?", rs -> new WebhookDelivery(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getObject(4, UUID.class), EventType.of(rs.getString(5)), rs.getInt(6), rs.getBoolean(7),
                rs.getInt(8), rs.getString(9), PgRows.instant(rs.getLong(10))), endpointId, beforeId, limit);
    }

    private static void bindProgress(PreparedStatement statement, int first, WebhookEndpoint e) throws SQLException {
        statement.setLong(first, e.deliveredUpTo());
        statement.setInt(first + 1, e.failures());
        if (e.failingSince() == null) {
            statement.setNull(first + 2, Types.BIGINT);
        } else {
            statement.setLong(first + 2, PgRows.micros(e.failingSince()));
        }
        statement.setLong(first + 3, PgRows.micros(e.nextAttemptAt()));
    }

    private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        long failingSince = rs.getLong(10);
        boolean failing = !rs.wasNull();
        return new WebhookEndpoint(rs.getLong(1), URI.create(rs.getString(2)),
                Arrays.asList(rs.getString(3).split(",")), rs.getString(4),
                WebhookEndpoint.Status.valueOf(rs.getString(5)), rs.getString(6), PgRows.instant(rs.getLong(7)),
                rs.getLong(8), rs.getInt(9), failing ? PgRows.instant(failingSince) : null,
                PgRows.instant(rs.getLong(11)));
    }
}
