package bankcore.seeder;

import bankcore.seeder.load.LedgerPorts;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.domain.analytics.WealthDistribution;
import bankcore.seeder.generate.SeedSpec;
import bankcore.seeder.wiring.SeederWiring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeder as a user runs it, on real SQLite files, checked through the core's read ports. One
 * ledger is seeded for the whole class and only read by most tests: each run costs a bcrypt hash.
 */
class SeederAcceptanceTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<String> SHARED_ARGS = List.of("--seed", "7", "--currency", "EUR,GBP",
            "--customers", "300", "--transfers", "5000");

    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private static Instant sharedSeededAfter;
    private static Instant sharedSeededBefore;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void seed_the_shared_ledger() {
        StringWriter output = new StringWriter();
        sharedSeededAfter = Instant.now();
        int exitCode = run(new PrintWriter(output, true), new PrintWriter(output, true),
                withDefaults(sharedDb(), SHARED_ARGS.toArray(String[]::new)));
        sharedSeededBefore = Instant.now();
        assertThat(exitCode).as(output.toString()).isZero();
        assertThat(output.toString()).contains("Verified: all 5 invariants hold.")
                .contains("Admin login: boss@bank.example with the password given").doesNotContain(PASSWORD);
    }

    private static Path sharedDb() {
        return shared.resolve("bank.db");
    }

    /** The options with defaults for a small ledger; {@code extra} options replace the defaults of the same name. */
    private static String[] withDefaults(Path db, String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.remove("--generated");
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("--db", db.toString());
        defaults.put("--customers", "100");
        defaults.put("--transfers", "2000");
        defaults.put("--days", "10");
        defaults.put("--admin-email", "boss@bank.example");
        if (!List.of(extra).contains("--generated")) {
            defaults.put("--admin-password-file", passwordFile(PASSWORD).toString());
        }
        defaults.forEach((option, value) -> {
            if (!args.contains(option)) {
                args.add(option);
                args.add(value);
            }
        });
        return args.toArray(String[]::new);
    }

    /** A file holding this password, as run.sh or an operator would hand it over (never on the command line). */
    private static Path passwordFile(String password) {
        try {
            return Files.writeString(Files.createTempFile(shared, "admin-password", ""), password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = SeedCommand.commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The shared ledger's arguments plus these. */
    private static String[] withShared(String... extra) {
        List<String> args = new ArrayList<>(SHARED_ARGS);
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private int seed(Path db, String... extra) {
        return run(new PrintWriter(out, true), new PrintWriter(err, true), withDefaults(db, extra));
    }

    private static LedgerPorts open(Path db) {
        return SeederWiring.open(db, InstantSource.system(), 0);
    }

    @Test
    void the_same_seed_gives_the_same_ledger_content_and_another_seed_another() {
        Path again = dir.resolve("again.db");
        Path other = dir.resolve("other.db");
        List<String> otherSeed = new ArrayList<>(SHARED_ARGS);
        otherSeed.set(1, "8");

        assertThat(seed(again, SHARED_ARGS.toArray(String[]::new))).isZero();
        assertThat(seed(other, otherSeed.toArray(String[]::new))).isZero();

        assertThat(LedgerDigest.of(again)).isEqualTo(LedgerDigest.of(sharedDb()));
        assertThat(LedgerDigest.of(other)).isNotEqualTo(LedgerDigest.of(sharedDb()));
    }

    @Test
    void seeding_on_another_day_shifts_the_timestamps_and_changes_nothing_else() {
        Path threeDaysAgo = dir.resolve("earlier.db");
        SeedSpec spec = new SeedSpec(300, 5000, 10, List.of(EUR, Currency.getInstance("GBP")), 7);
        SeedRun run = new SeedRun(new PrintWriter(out, true), new PrintWriter(err, true), false);

        int exitCode = run.run(new SeedRun.Settings(spec, LedgerTarget.parse(threeDaysAgo.toString()), false,
                "boss@bank.example", PASSWORD.toCharArray(), false, 10_000, Instant.now().minus(Duration.ofDays(3))));

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(LedgerDigest.of(threeDaysAgo)).isEqualTo(LedgerDigest.of(sharedDb()));
    }

    @Test
    void the_seeded_ledger_verifies_and_holds_every_customer_account_and_transfer() {
        try (LedgerPorts ledger = open(sharedDb())) {
            assertThat(ledger.verifier().verify().ok()).isTrue();
            var summary = ledger.analytics().summary();
            long cashAccounts = summary.currencies().size();
            long customerAccounts = summary.accounts() - cashAccounts;
            assertThat(summary.customers()).isEqualTo(301);
            assertThat(customerAccounts).isGreaterThan(301);
            // One opening deposit per customer account (the admin's gets none), then the transfers asked.
            assertThat(summary.transfers()).isEqualTo(customerAccounts - 1 + 5000);
        }
    }

    @Test
    void the_history_ends_at_the_moment_of_seeding_in_journal_order() {
        try (LedgerPorts ledger = open(sharedDb())) {
            List<Transfer> newestFirst = ledger.queries().transfers(TransferFilter.all(), Optional.empty(), 200).items();
            assertThat(newestFirst.stream().map(Transfer::createdAt).toList())
                    .isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(newestFirst).allSatisfy(t -> assertThat(t.createdAt())
                    .isBefore(sharedSeededBefore).isAfterOrEqualTo(sharedSeededAfter.minus(Duration.ofDays(10))));
            // The last hours are there too, so "today" on a dashboard opened now is not empty.
            assertThat(newestFirst.get(0).createdAt()).isAfter(sharedSeededAfter.minus(Duration.ofHours(6)));
            // Not all at one instant: the clock the seeder scripts gives each transfer its own time.
            assertThat(newestFirst.stream().map(Transfer::createdAt).distinct().count()).isGreaterThan(150);
        }
    }

    @Test
    void until_ends_the_history_at_that_instant_and_changes_nothing_else() {
        Path db = dir.resolve("until.db");
        Instant until = Instant.parse("2026-03-15T09:30:00Z");

        assertThat(seed(db, withShared("--until", until.toString()))).as(err.toString()).isZero();

        try (LedgerPorts ledger = open(db)) {
            Transfer newest = ledger.queries().transfers(TransferFilter.all(), Optional.empty(), 1).items().get(0);
            assertThat(newest.createdAt()).isBefore(until).isAfter(until.minus(Duration.ofHours(6)));
        }
        assertThat(out.toString()).contains("2026-03-05 09:30 to 2026-03-15 09:30 (UTC)");
        assertThat(LedgerDigest.of(db)).isEqualTo(LedgerDigest.of(sharedDb()));
    }

    @Test
    void a_successful_seeding_leaves_no_temporary_file_behind() throws IOException {
        try (var files = Files.list(shared)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains(".seeding"));
        }
    }

    @Test
    void a_leftover_of_an_unfinished_seeding_is_reported_and_replaced() throws IOException {
        Path db = dir.resolve("bank.db");
        Files.writeString(dir.resolve("bank.db.seeding"), "half a ledger");
        Files.writeString(dir.resolve("bank.db.seeding-wal"), "its log");

        assertThat(seed(db, "--customers", "20", "--transfers", "100")).isZero();

        assertThat(err.toString()).contains("bank.db.seeding, left by a seeding that did not finish");
        assertThat(dir.resolve("bank.db.seeding")).doesNotExist();
        assertThat(dir.resolve("bank.db.seeding-wal")).doesNotExist();
        try (LedgerPorts ledger = open(db)) {
            assertThat(ledger.verifier().verify().ok()).isTrue();
        }
    }

    @Test
    void a_reset_that_fails_leaves_the_old_ledger_as_it_was() {
        Path db = dir.resolve("bank.db");
        assertThat(seed(db, "--customers", "20", "--transfers", "100")).isZero();
        String before = LedgerDigest.of(db);

        int exitCode = seed(db, "--reset", "--seed", "2", "--admin-password-file", passwordFile("short").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(LedgerDigest.of(db)).isEqualTo(before);
        assertThat(dir.resolve("bank.db.seeding")).doesNotExist();
    }

    @Test
    void a_seeding_killed_half_way_leaves_no_ledger_and_the_next_run_reports_its_leftover() throws Exception {
        Path db = dir.resolve("killed.db");
        Path leftover = dir.resolve("killed.db.seeding");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SeederMain.class.getName(), "--db", db.toString(), "--customers", "3000", "--transfers", "2000000",
                "--days", "30").redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile());
        builder.environment().put("BANK_ADMIN_PASSWORD", PASSWORD);
        Process seeding = builder.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(leftover) && seeding.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(leftover).as(Files.readString(dir.resolve("killed.log"))).exists();
            Thread.sleep(500);
        } finally {
            seeding.destroyForcibly().waitFor();
        }

        assertThat(db).doesNotExist();
        assertThat(seed(db, "--customers", "20", "--transfers", "100")).isZero();
        assertThat(err.toString()).contains("left by a seeding that did not finish");
        assertThat(leftover).doesNotExist();
    }

    @Test
    void a_password_on_the_command_line_is_refused_and_nothing_is_written() {
        Path db = dir.resolve("bank.db");

        assertThat(run(new PrintWriter(out, true), new PrintWriter(err, true),
                "--db", db.toString(), "--admin-password", PASSWORD)).isEqualTo(2);

        assertThat(err.toString()).contains("--admin-password is not accepted", "BANK_ADMIN_PASSWORD",
                "--admin-password-file").doesNotContain(PASSWORD);
        assertThat(db).doesNotExist();
    }

    @Test
    void the_admin_password_may_come_from_the_environment() {
        Path db = dir.resolve("bank.db");
        CommandLine commandLine = SeedCommand.commandLine(Map.of("BANK_ADMIN_PASSWORD", "from-the-environment"),
                InstantSource.system());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("--db", db.toString(), "--customers", "20", "--transfers", "100",
                "--admin-email", "boss@bank.example")).as(err.toString()).isZero();

        try (LedgerPorts ledger = open(db)) {
            assertThat(ledger.authentication().login("boss@bank.example", "from-the-environment".toCharArray())
                    .isAdmin()).isTrue();
        }
    }

    @Test
    void customer_wealth_is_skewed_like_a_real_banks() {
        try (LedgerPorts ledger = open(sharedDb())) {
            WealthDistribution wealth = ledger.analytics().wealth(EUR);
            assertThat(wealth.gini()).isBetween(0.6, 0.97);
            // Most hold little: the median balance is far below the mean.
            long mean = wealth.total().amountMinor() / wealth.accounts();
            assertThat(median(ledger)).isLessThan(mean / 2);
        }
    }

    @Test
    void the_admin_logs_in_with_the_password_given_and_customers_cannot_log_in() {
        try (LedgerPorts ledger = open(sharedDb())) {
            assertThat(ledger.authentication().login("boss@bank.example", PASSWORD.toCharArray()).isAdmin()).isTrue();
            Page<Customer> customers = ledger.queries().customers(Optional.empty(), 10);
            assertThat(customers.items().subList(1, 10)).noneMatch(Customer::canLogIn);
        }
    }

    @Test
    void refuses_to_write_into_a_ledger_that_holds_anything_and_leaves_it_untouched() {
        String before = LedgerDigest.of(sharedDb());

        assertThat(seed(sharedDb(), "--seed", "99")).isEqualTo(1);

        assertThat(err.toString()).contains("already holds a ledger", "--reset");
        assertThat(LedgerDigest.of(sharedDb())).isEqualTo(before);
    }

    @Test
    void reset_replaces_the_ledger_and_a_generated_admin_password_logs_in() {
        Path db = dir.resolve("bank.db");
        assertThat(seed(db, "--seed", "1", "--customers", "20", "--transfers", "100")).isZero();
        String first = LedgerDigest.of(db);

        assertThat(seed(db, "--seed", "2", "--customers", "20", "--transfers", "100", "--reset", "--generated"))
                .isZero();

        assertThat(LedgerDigest.of(db)).isNotEqualTo(first);
        Matcher login = Pattern.compile("Admin login: boss@bank.example / (\\S+)").matcher(out.toString());
        assertThat(login.find()).as(out.toString()).isTrue();
        try (LedgerPorts ledger = open(db)) {
            assertThat(ledger.analytics().summary().customers()).isEqualTo(21);
            Customer admin = ledger.authentication().login("boss@bank.example", login.group(1).toCharArray());
            assertThat(admin.isAdmin()).isTrue();
        }
    }

    @Test
    void the_seeded_file_has_the_schema_of_a_new_ledger_with_every_index()
            throws SQLException {
        Path fresh = dir.resolve("fresh.db");
        open(fresh).close();

        // The seeding is loaded with the journal's non-unique indexes deferred: they must all be back.
        assertThat(schema(sharedDb())).isEqualTo(schema(fresh)).anyMatch(row -> row.contains("journal_by_time"));
    }

        @Test
    void a_password_the_core_refuses_is_a_usage_error() {
        assertThat(seed(dir.resolve("bank.db"), "--admin-password-file", passwordFile("short").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("password must be 8 to 128 characters");
    }

    @Test
    void a_file_that_is_not_a_ledger_is_refused_with_one_sentence() throws Exception {
        Path db = Files.writeString(dir.resolve("notes.db"), "not a database");

        assertThat(seed(db)).isEqualTo(1);

        assertThat(err.toString()).contains("cannot open", "not a database").doesNotContain("\tat ");
    }

    /** Every table, index and trigger with its definition, in name order. */
    private static List<String> schema(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT type || ' ' || name || ' ' || coalesce(sql, '')"
                     + " FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static long median(LedgerPorts ledger) {
        List<Long> balances = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Customer> page = ledger.queries().customers(cursor, Page.MAX_LIMIT);
            page.items().stream().filter(c -> !c.isAdmin())
                    .forEach(c -> ledger.queries().accountsOf(c.id()).forEach(a -> balances.add(a.balanceMinor())));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return balances.stream().sorted().toList().get(balances.size() / 2);
    }
}
