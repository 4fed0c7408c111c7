package bankcore.seeder;

import bankcore.persistence.postgres.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeder on PostgreSQL (--db jdbc:postgresql:...), all-or-nothing: it seeds a side schema, verifies
 * it, and renames it over the URL's schema; a ledger there is left alone without --reset, and a side
 * schema left by an interrupted run is reported and replaced.
 */
class PostgresSeedingTest {

    private static final String PASSWORD = "correct-horse-battery";

    @TempDir
    Path dir;

    private String url;
    private String schema;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void freshSchema() {
        url = TestDatabase.freshSchemaUrl();
        schema = url.replaceAll(".*currentSchema=", "");
    }

    @Test
    void seeds_into_the_urls_schema_and_leaves_no_side_schema() throws Exception {
        int exit = seed("--customers", "40", "--transfers", "500");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Verified: all 5 invariants hold.").contains("schema " + schema);
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(41);
        assertThat(count("SELECT count(*) FROM journal")).isGreaterThan(500);
        assertThat(schemaExists(schema + "_seeding")).isFalse();
    }

    @Test
    void a_ledger_is_left_alone_without_reset_and_replaced_with_it() throws Exception {
        assertThat(seed("--customers", "20", "--transfers", "100")).as(err.toString()).isZero();

        assertThat(seed("--customers", "30", "--transfers", "100")).isEqualTo(SeedRun.EXIT_REFUSED);
        assertThat(err.toString()).contains("already holds a ledger (21 customers); nothing was changed");
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(21);

        assertThat(seed("--customers", "30", "--transfers", "100", "--reset")).as(err.toString()).isZero();
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(31);
    }

    @Test
    void a_side_schema_left_by_an_interrupted_run_is_reported_and_replaced() throws Exception {
        execute("CREATE SCHEMA " + schema + "_seeding");
        execute("CREATE TABLE " + schema + "_seeding.half_written (id int)");

        assertThat(seed("--customers", "20", "--transfers", "100")).as(err.toString()).isZero();

        assertThat(err.toString()).contains("found schema " + schema + "_seeding, left by a seeding that did not finish");
        assertThat(schemaExists(schema + "_seeding")).isFalse();
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(21);
    }

    @Test
    void a_seeding_that_stops_before_it_verifies_leaves_the_ledger_as_it_was() throws Exception {
        assertThat(seed("--customers", "20", "--transfers", "100")).as(err.toString()).isZero();

        int exit = seed("--customers", "30", "--transfers", "100", "--reset", "--admin-email", "not an e-mail");

        assertThat(exit).isEqualTo(SeedRun.EXIT_USAGE);
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(21);
        assertThat(schemaExists(schema + "_seeding")).isFalse();
    }

    private int seed(String... options) throws IOException {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> args = new ArrayList<>(List.of("--db", url, "--days", "5", "--admin-email", "boss@bank.example",
                "--admin-password-file", Files.writeString(dir.resolve("password"), PASSWORD + "\n").toString()));
        args.addAll(List.of(options));
        CommandLine commandLine = SeedCommand.commandLine(Map.of(), InstantSource.system());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean schemaExists(String name) throws SQLException {
        return count("SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'") == 1;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
