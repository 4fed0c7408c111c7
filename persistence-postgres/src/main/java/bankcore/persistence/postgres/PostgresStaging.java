package bankcore.persistence.postgres;

import bankcore.core.domain.StoreFailureException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A side schema beside a ledger's schema, for an all-or-nothing load: a ledger is filled and verified
 * there while the real one stays as it is, then put in its place with one transaction (drop the old
 * schema, rename the side one), which other nodes see all at once or not at all. The side schema of a
 * ledger in schema {@code s} is {@code s_seeding}; whatever a load that did not finish left there is
 * never used.
 * <pre>{@code
 * PostgresStaging staging = PostgresStaging.beside(url, null, null);
 * staging.create();
 * try (PostgresLedgerStore side = PostgresLedgerStore.open(staging.stagingUrl(), null, null)) { ... }
 * staging.replaceTarget();
 * }</pre>
 */
public final class PostgresStaging {
    private static final String SUFFIX = "_seeding";

    private final String jdbcUrl;
    private final Properties credentials;
    private final String target;

    private PostgresStaging(String jdbcUrl, Properties credentials, String target) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
        this.target = target;
    }

    /** Beside the schema the URL's connections work in (its {@code currentSchema}, else {@code public}). */
    public static PostgresStaging beside(String jdbcUrl, String user, String password) {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        PostgresStaging probe = new PostgresStaging(jdbcUrl, credentials, null);
        String target = probe.query("find the current schema", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
                rs.next();
                return rs.getString(1);
            }
        });
        if (target == null) {
            throw new StoreFailureException("the connection to " + PostgresLedgerStore.withoutPassword(jdbcUrl)
                    + " has no current schema: name one that exists with currentSchema=...", null);
        }
        return new PostgresStaging(jdbcUrl, credentials, target);
    }

    public String targetSchema() {
        return target;
    }

    public String stagingSchema() {
        return target + SUFFIX;
    }

    /** The URL of the side schema, for {@link PostgresLedgerStore#open}. */
    public String stagingUrl() {
        String withoutSchema = jdbcUrl.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return withoutSchema + (withoutSchema.contains("?") ? "&" : "?") + "currentSchema=" + stagingSchema();
    }

    /** How many customers the ledger in the target schema holds; 0 when the schema holds no ledger. */
    public long customersInTarget() {
        return query("count the customers in " + target, connection -> {
            if (!hasTable(connection, target, "customer")) {
                return 0L;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + quoted(target) + ".customer")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Drops the side schema left by a load that did not finish; true when there was one. */
    public boolean dropLeftover() {
        return query("drop " + stagingSchema(), connection -> {
            boolean found = schemaExists(connection, stagingSchema());
            execute(connection, "DROP SCHEMA IF EXISTS " + quoted(stagingSchema()) + " CASCADE");
            return found;
        });
    }

    /** A new, empty side schema (a leftover must have been dropped). */
    public void create() {
        query("create " + stagingSchema(), connection -> {
            execute(connection, "CREATE SCHEMA " + quoted(stagingSchema()));
            return null;
        });
    }

    /** In one transaction: the target schema (if any) is dropped and the side schema takes its name. */
    public void replaceTarget() {
        query("put " + stagingSchema() + " in place of " + target, connection -> {
            connection.setAutoCommit(false);
            try {
                execute(connection, "DROP SCHEMA IF EXISTS " + quoted(target) + " CASCADE");
                execute(connection, "ALTER SCHEMA " + quoted(stagingSchema()) + " RENAME TO " + quoted(target));
                connection.commit();
                return null;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T query(String what, Work<T> work) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, credentials)) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new StoreFailureException("cannot " + what + " at " + PostgresLedgerStore.withoutPassword(jdbcUrl), e);
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            select.setString(1, schema);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean hasTable(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            select.setString(1, schema);
            select.setString(2, table);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Schema names come from the server (current_schema()), quoted so that any name is one identifier. */
    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
