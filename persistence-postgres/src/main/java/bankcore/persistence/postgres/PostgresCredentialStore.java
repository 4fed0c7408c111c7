package bankcore.persistence.postgres;

import bankcore.core.domain.StoreFailureException;
import bankcore.core.port.out.CredentialStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Token generations and revoked tokens on PostgreSQL, on the ledger store's pool. These writes are
 * rare (a password change, a logout) and touch no money, so they do not queue behind the
 * group-commit writer nor take the journal's append lock; every node sees them at its next look-up.
 * <pre>{@code
 * PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
 * PostgresCredentialStore credentials = PostgresCredentialStore.on(store, InstantSource.system());
 * }</pre>
 * Closed with the store, whose pool it borrows.
 */
public final class PostgresCredentialStore implements CredentialStore {

    private final DataSource pool;
    private final InstantSource clock;

    private PostgresCredentialStore(DataSource pool, InstantSource clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** On the same database as {@code store}, whose opening has already migrated the schema. */
    public static PostgresCredentialStore on(PostgresLedgerStore store, InstantSource clock) {
        return new PostgresCredentialStore(store.pool(), clock);
    }

    @Override
    public long tokenGeneration(long customerId) {
        try (Connection connection = pool.getConnection()) {
            return PgReads.list(connection, "SELECT generation FROM customer_token_generation WHERE customer_id = ?",
                    rs -> rs.getLong(1), customerId).stream().findFirst().orElse(0L);
        } catch (SQLException e) {
            throw failure("read the token generation of customer " + customerId, e);
        }
    }

    @Override
    public long changePassword(long customerId, String passwordHash) {
        return inTransaction("change the password of customer " + customerId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE customer SET password_hash = ? WHERE id = ?")) {
                update.setString(1, passwordHash);
                update.setLong(2, customerId);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("customer " + customerId + " does not exist");
                }
            }
            return PgReads.list(connection, "INSERT INTO customer_token_generation (customer_id, generation) "
                    + "VALUES (?, 1) ON CONFLICT (customer_id) DO UPDATE "
                    + "SET generation = customer_token_generation.generation + 1 RETURNING generation",
                    rs -> rs.getLong(1), customerId).get(0);
        });
    }

    /** Also forgets tokens that have expired since: they are refused as expired without a look-up. */
    @Override
    public void revokeToken(String tokenId, Instant expiresAt) {
        inTransaction("revoke a token", connection -> {
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM revoked_token WHERE expires_at < ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO revoked_token (token_id, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                forget.setLong(1, PgRows.micros(clock.instant()));
                forget.executeUpdate();
                insert.setString(1, tokenId);
                insert.setLong(2, PgRows.micros(expiresAt));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean isRevoked(String tokenId) {
        try (Connection connection = pool.getConnection()) {
            return !PgReads.list(connection, "SELECT 1 FROM revoked_token WHERE token_id = ?", rs -> true, tokenId)
                    .isEmpty();
        } catch (SQLException e) {
            throw failure("read revoked tokens", e);
        }
    }

    private <T> T inTransaction(String what, PgTransactions.Work<T> work) {
        return PgTransactions.inTransaction(pool, what, work);
    }

    private static StoreFailureException failure(String what, SQLException e) {
        return new StoreFailureException("cannot " + what, e);
    }
}
