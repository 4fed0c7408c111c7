package bankcore.persistence.sqlite;

import bankcore.core.domain.StoreBusyException;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.port.out.CredentialStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Token generations and revoked tokens in the ledger's SQLite file, on a connection of its own.
 * These writes are rare (a password change, a logout) and touch no money, so they do not queue
 * behind the group-commit writer; SQLite's busy timeout (the store's {@code writeWait}) orders them
 * with its commits, and a lock held elsewhere beyond it is a {@link StoreBusyException}.
 * <pre>{@code
 * SqliteLedgerStore store = SqliteLedgerStore.open(file);
 * SqliteCredentialStore credentials = SqliteCredentialStore.open(store, InstantSource.system());
 * }</pre>
 */
public final class SqliteCredentialStore implements CredentialStore, AutoCloseable {

    private final Connection connection;
    private final InstantSource clock;

    private SqliteCredentialStore(Connection connection, InstantSource clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens on the same file as {@code store}, whose opening has already migrated the schema. */
    public static SqliteCredentialStore open(SqliteLedgerStore store, InstantSource clock) {
        try {
            Connection connection = SqliteLedgerStore.config(store.options(), false)
                    .createConnection(store.jdbcUrl());
            connection.setAutoCommit(false);
            return new SqliteCredentialStore(connection, clock);
        } catch (SQLException e) {
            throw new StoreFailureException("cannot open the credential store at " + store.jdbcUrl(), e);
        }
    }

    @Override
    public synchronized long tokenGeneration(long customerId) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT generation FROM customer_token_generation WHERE customer_id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                long generation = rs.next() ? rs.getLong(1) : 0;
                connection.commit();
                return generation;
            }
        } catch (SQLException e) {
            throw failure("read the token generation of customer " + customerId, e);
        }
    }

    @Override
    public synchronized long changePassword(long customerId, String passwordHash) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE customer SET password_hash = ? WHERE id = ?");
             PreparedStatement raise = connection.prepareStatement(
                     "INSERT INTO customer_token_generation (customer_id, generation) VALUES (?, 1) "
                             + "ON CONFLICT (customer_id) DO UPDATE SET generation = generation + 1 "
                             + "RETURNING generation")) {
            update.setString(1, passwordHash);
            update.setLong(2, customerId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("customer " + customerId + " does not exist");
            }
            raise.setLong(1, customerId);
            long generation;
            try (ResultSet rs = raise.executeQuery()) {
                rs.next();
                generation = rs.getLong(1);
            }
            connection.commit();
            return generation;
        } catch (SQLException e) {
            rollback();
            throw failure("change the password of customer " + customerId, e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** Also forgets tokens that have expired since: they are refused as expired without a look-up. */
    @Override
    public synchronized void revokeToken(String tokenId, Instant expiresAt) {
        try (PreparedStatement forget = connection.prepareStatement("DELETE FROM revoked_token WHERE expires_at < ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO revoked_token (token_id, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            forget.setLong(1, Rows.micros(clock.instant()));
            forget.executeUpdate();
            insert.setString(1, tokenId);
            insert.setLong(2, Rows.micros(expiresAt));
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("revoke a token", e);
        }
    }

    @Override
    public synchronized boolean isRevoked(String tokenId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM revoked_token WHERE token_id = ?")) {
            select.setString(1, tokenId);
            try (ResultSet rs = select.executeQuery()) {
                boolean revoked = rs.next();
                connection.commit();
                return revoked;
            }
        } catch (SQLException e) {
            throw failure("read revoked tokens", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the credential store", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the first failure is the one reported
        }
    }

    private static StoreFailureException failure(String what, SQLException e) {
        if (GroupCommitWriter.isBusy(e)) {
            return new StoreBusyException("cannot " + what + ": the write lock is held by someone else",
                    Duration.ofSeconds(1), e);
        }
        return new StoreFailureException("cannot " + what, e);
    }
}
