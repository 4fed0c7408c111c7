package bankcore.seeder;

import bankcore.core.contract.WholeJournal;
import bankcore.core.domain.Transfer;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.traffic.DemoTraffic;
import bankcore.seeder.wiring.SeederWiring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code seeder backup} and {@code seeder verify} on real files, and the restore procedure of the README. */
class BackupAndVerifyTest {

    @TempDir
    static Path seeded;

    @TempDir
    Path dir;
    private Path live;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void seed_a_small_ledger() {
        TestLedgers.seed(seeded.resolve("seeded.db"), "--customers", "60", "--transfers", "600", "--days", "3",
                "--seed", "11");
    }

    @BeforeEach
    void a_ledger_of_its_own() throws IOException {
        live = Files.copy(seeded.resolve("seeded.db"), dir.resolve("live.db"));
    }

    @Test
    void a_backup_taken_while_payments_commit_verifies_and_holds_a_prefix_of_the_journal() throws Exception {
        Path copy = dir.resolve("backup").resolve("copy.db");
        Files.createDirectories(copy.getParent());
        CountDownLatch stop = new CountDownLatch(1);
        ExecutorService payer = Executors.newSingleThreadExecutor();
        try (LedgerPorts ledger = SeederWiring.openLive(live)) {
            long seededCount = transferCount(ledger);
            Future<DemoTraffic.Tally> traffic = payer.submit(() -> new DemoTraffic(ledger.queries(),
                    ledger.transfers(), new Random(7)).run(100, 0, stop, progress -> { }));
            awaitTransfers(ledger, seededCount + 20);
            long beforeBackup = transferCount(ledger);

            int exitCode = run("backup", "--db", live.toString(), "--to", copy.toString());

            long afterBackup = transferCount(ledger);
            awaitTransfers(ledger, afterBackup + 20);
            stop.countDown();
            assertThat(traffic.get(30, TimeUnit.SECONDS).posted()).isGreaterThan(40);
            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains("verified: all 5 invariants hold");
            List<Transfer> copied = journal(copy);
            List<Transfer> written = journal(live);
            assertThat((long) copied.size()).isBetween(beforeBackup, afterBackup);
            assertThat(written.size()).isGreaterThan(copied.size());
            assertThat(copied).isEqualTo(written.subList(0, copied.size()));
        } finally {
            stop.countDown();
            payer.shutdownNow();
        }
        assertThat(Path.of(copy + ".partial")).doesNotExist();
        assertThat(Path.of(copy + "-wal")).doesNotExist();
    }

    @Test
    void an_existing_copy_is_refused_without_force_and_replaced_with_it() throws IOException {
        Path copy = Files.writeString(dir.resolve("copy.db"), "an older backup");

        assertThat(run("backup", "--db", live.toString(), "--to", copy.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists; nothing was changed. Use --force");
        assertThat(Files.readString(copy)).isEqualTo("an older backup");

        assertThat(run("backup", "--db", live.toString(), "--to", copy.toString(), "--force"))
                .as(err.toString()).isZero();
        assertThat(run("verify", copy.toString())).isZero();
    }

    @Test
    void a_ledger_that_does_not_exist_is_not_copied_and_a_missing_to_is_a_usage_error() {
        Path missing = dir.resolve("missing.db");

        assertThat(run("backup", "--db", missing.toString(), "--to", dir.resolve("copy.db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist; nothing was copied").doesNotContain("\tat ");
        assertThat(dir.resolve("copy.db")).doesNotExist();
        assertThat(run("backup", "--db", live.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--to");
    }

    @Test
    void verify_prints_every_check_and_changes_no_byte_of_the_copy() throws IOException {
        Path copy = backup();
        byte[] before = Files.readAllBytes(copy);
        // A single file in rollback-journal mode (header bytes 18 and 19): opening it for writing would make them 2.
        assertThat(new byte[] {before[18], before[19]}).containsExactly(1, 1);

        assertThat(run("verify", "--db", copy.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("(read-only)", "ok   sum-to-zero", "ok   balances-match-journal",
                "ok   no-negative-customer-balance", "ok   journal-complete", "ok   hash-chain",
                "Verified: all 5 invariants hold.");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        try (var companions = Files.list(dir)) {
            assertThat(companions.map(Path::getFileName).map(Path::toString).filter(name -> name.startsWith("copy")))
                    .containsExactly("copy.db");
        }
    }

    @Test
    void a_file_that_is_not_a_ledger_is_refused_unchanged() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database");
        Path foreign = dir.resolve("foreign.db");
        sql(foreign, "CREATE TABLE t (x INTEGER)");
        byte[] foreignBytes = Files.readAllBytes(foreign);

        assertThat(run("verify", text.toString())).isEqualTo(1);
        assertThat(run("verify", foreign.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("is not a bankcore ledger").doesNotContain("\tat ");
        assertThat(Files.readString(text)).isEqualTo("not a database");
        assertThat(Files.readAllBytes(foreign)).isEqualTo(foreignBytes);
    }

    @Test
    void an_amount_changed_with_raw_sql_in_a_copy_fails_verify_naming_the_transfer() throws Exception {
        Path copy = backup();
        Transfer victim = journal(copy).get(100);
        sql(copy, "DROP TRIGGER journal_is_append_only_update");
        sql(copy, "UPDATE journal SET amount = amount + 1 WHERE id = '" + victim.id() + "'");

        assertThat(run("verify", copy.toString())).isEqualTo(VerifyCommand.EXIT_CHECK_FAILED);

        assertThat(out.toString()).contains("FAIL hash-chain: transfer " + victim.id(), "FAIL balances-match-journal");
        assertThat(err.toString()).contains("does NOT verify");
    }

    @Test
    void a_backup_restored_in_place_of_the_ledger_opens_through_the_core_with_the_balances_of_backup_time()
            throws Exception {
        String atBackup = LedgerDigest.of(live);
        Path copy = backup();
        byte[] staleWal;
        try (LedgerPorts ledger = SeederWiring.openLive(live)) {
            new DemoTraffic(ledger.queries(), ledger.transfers(), new Random(3)).run(100, 30, new CountDownLatch(1),
                    progress -> { });
            staleWal = Files.readAllBytes(Path.of(live + "-wal"));
        }
        assertThat(LedgerDigest.of(live)).isNotEqualTo(atBackup);
        // As after a crash: the stopped ledger's write-ahead log is still beside it.
        Files.write(Path.of(live + "-wal"), staleWal);

        // The restore of the README: verify the copy, move it into place, remove stale -wal and -shm, start.
        assertThat(run("verify", copy.toString())).isZero();
        Files.move(copy, live, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(live + "-wal"));
        Files.deleteIfExists(Path.of(live + "-shm"));

        assertThat(LedgerDigest.of(live)).isEqualTo(atBackup);
        try (LedgerPorts ledger = SeederWiring.openLive(live)) {
            DemoTraffic.Tally after = new DemoTraffic(ledger.queries(), ledger.transfers(), new Random(4))
                    .run(100, 5, new CountDownLatch(1), progress -> { });
            assertThat(after.posted()).isPositive();
            assertThat(ledger.verifier().verify().ok()).isTrue();
        }
    }

    private Path backup() {
        Path copy = dir.resolve("copy.db");
        assertThat(run("backup", "--db", live.toString(), "--to", copy.toString())).as(err.toString()).isZero();
        return copy;
    }

    private int run(String... args) {
        CommandLine commandLine = SeedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static long transferCount(LedgerPorts ledger) {
        return ledger.analytics().summary().transfers();
    }

    private static void awaitTransfers(LedgerPorts ledger, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (transferCount(ledger) < count) {
            assertThat(System.nanoTime()).as("transfers posted in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The whole journal, oldest first, read through the core from a file opened read-only. */
    private static List<Transfer> journal(Path file) {
        try (LedgerPorts ledger = SeederWiring.openReadOnly(file)) {
            return WholeJournal.oldestFirst(ledger.queries());
        }
    }

    private static void sql(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
