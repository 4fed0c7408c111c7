package bankcore.persistence.postgres;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where the PostgreSQL tests run: the server named by {@code BANKCORE_TEST_PG_URL} (test.sh starts
 * the local one and sets it), each test in a schema of its own, so runs repeat and never see each
 * other. Without the variable the tests are skipped, saying why, unless {@code BANKCORE_TEST_PG_REQUIRED}
 * is set (CI). Testcontainers is not used: the machines this runs on have PostgreSQL and no Docker.
 */
public final class TestDatabase {
    public static final String URL_VARIABLE = "BANKCORE_TEST_PG_URL";
    /** Set (by .ci/run) where a missing server is a failure, not a reason to skip. */
    public static final String REQUIRED_VARIABLE = "BANKCORE_TEST_PG_REQUIRED";
    private static final String PREFIX = "bankcore_test_";
    private static final long STALE_AFTER_SECONDS = 3_600;

    private TestDatabase() {
    }

    /** The server's URL, or the test is skipped. */
    public static String serverUrl() {
        String url = System.getenv(URL_VARIABLE);
        if ((url == null || url.isBlank()) && System.getenv(REQUIRED_VARIABLE) != null) {
            throw new IllegalStateException(URL_VARIABLE + " is not set but " + REQUIRED_VARIABLE
                    + " is: the PostgreSQL tests must run here");
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL tests skipped: " + URL_VARIABLE
                + " is not set (./test.sh starts the local server and sets it)");
        return url;
    }

    /** A URL whose current schema is new and empty; schemas such runs left behind over an hour ago are dropped. */
    public static String freshSchemaUrl() {
        String server = serverUrl();
        long now = System.currentTimeMillis() / 1_000;
        String schema = PREFIX + now + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            dropStale(statement, now);
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare a schema on " + server, e);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropStale(Statement statement, long now) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (now - Long.parseLong(parts[0]) > STALE_AFTER_SECONDS) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
