package bankcore.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the {@code store=postgres} benchmarks run on: {@code -Dbankcore.bench.pg=<JDBC URL
 * with the user>} (passed with {@code -jvmArgsAppend}), each trial in a schema of its own, dropped after it.
 */
final class BenchPostgres {
    static final String URL_PROPERTY = "bankcore.bench.pg";

    private final String server;
    private final String schema;

    private BenchPostgres(String server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    /** A new, empty schema on the server. */
    static BenchPostgres freshSchema() {
        String server = System.getProperty(URL_PROPERTY);
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("store=postgres needs -jvmArgsAppend -D" + URL_PROPERTY
                    + "=jdbc:postgresql://host/db?user=...");
        }
        BenchPostgres bench = new BenchPostgres(server,
                "bankcore_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        bench.execute("CREATE SCHEMA " + bench.schema);
        return bench;
    }

    /** The URL whose connections work in this schema. */
    String url() {
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void drop() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + sql + " on " + server, e);
        }
    }
}
