package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.FeedMatchesJournal;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety for real: a child JVM transfers in a loop, single transfers and large batches at
 * once, and reports each acknowledged one; we kill it with SIGKILL mid-run, three times, each time
 * on the same file. Every acknowledged transfer must then be in the journal exactly once, every
 * large batch must be there whole or not at all (a group is never half-written), and every
 * invariant must hold.
 */
class KilledProcessTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Pattern LINE = Pattern.compile("(ACK|BULK-START|BULK-ACK) (.+)");
    private static final int ROUNDS = 3;
    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    /** What one child reported before it was killed. */
    private record Round(List<UUID> acks, Set<String> bulkStarted, Set<String> bulkAcked) {
        Round() {
            this(new ArrayList<>(), new HashSet<>(), new HashSet<>());
        }
    }

    @Test
    void every_acknowledged_transfer_survives_a_sigkill_and_no_group_is_left_half_written() throws Exception {
        Path file = dir.resolve("crash.db");
        fundAccounts(file);
        List<Round> rounds = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            rounds.add(runAndKill(file, round));
        }

        Set<UUID> acknowledged = new HashSet<>();
        rounds.forEach(round -> acknowledged.addAll(round.acks()));
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * ACKS_BEFORE_KILL);
        Map<String, Long> bulkInJournal = bulkBatchesInJournal(file);
        assertThat(bulkInJournal).as("every large batch in the journal is whole")
                .allSatisfy((description, rows) -> assertThat(rows).as(description)
                        .isEqualTo(CrashingTransferLoop.BULK_BATCH));
        for (Round round : rounds) {
            assertThat(bulkInJournal.keySet()).containsAll(round.bulkAcked());
        }
        assertThat(rounds).as("some round was killed while a large batch was in flight")
                .anyMatch(round -> !round.bulkAcked().containsAll(round.bulkStarted()));
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            for (UUID id : acknowledged) {
                assertThat(ledger.queries().transfer(id)).as("acknowledged transfer %s", id).isPresent();
            }
            LedgerInvariants.assertAllHold(ledger);
            FeedMatchesJournal.assertHolds(ledger);
        }
        JournalLinks.assertMatchTheJournal(file);
    }

    private static void fundAccounts(Path file) {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            for (int i = 0; i < 20; i++) {
                open(ledger, CrashingTransferLoop.VICTIM + i, "victim" + i, "1000.00");
            }
            open(ledger, CrashingTransferLoop.BULK + "a", "bulk-a", "1000000.00");
            open(ledger, CrashingTransferLoop.BULK + "b", "bulk-b", "1000000.00");
        }
    }

    private static void open(Ledger ledger, String name, String mailbox, String deposit) {
        long id = ledger.registration().register(RegisterCustomer.Command.customer(name, mailbox + "@example.org",
                null, EUR)).account().id();
        ledger.cash().deposit(CashCommand.of(id, Money.parse(deposit, EUR), "opening"));
    }

    private static Round runAndKill(Path file, int round) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingTransferLoop.class.getName(), file.toString(), Integer.toString(round))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Round reported = new Round();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            read(out, reported, ACKS_BEFORE_KILL);
            // SIGKILL through the process handle: Process.destroyForcibly would also close our end of the pipe.
            child.toHandle().destroyForcibly();
            // Lines printed between our last read and the kill still count: the child promised them.
            read(out, reported, Integer.MAX_VALUE);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(reported.acks()).as("round %d acknowledged transfers before the kill", round)
                .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return reported;
    }

    /** Reads the child's report until it has {@code until} single acknowledgements or its output ends. */
    private static void read(BufferedReader out, Round round, int until) throws IOException {
        String line;
        while (round.acks().size() < until && (line = out.readLine()) != null) {
            Matcher match = LINE.matcher(line);
            if (!match.matches()) {
                continue;
            }
            switch (match.group(1)) {
                case "ACK" -> round.acks().add(UUID.fromString(match.group(2)));
                case "BULK-START" -> round.bulkStarted().add(match.group(2));
                default -> round.bulkAcked().add(match.group(2));
            }
        }
    }

    /** Journal rows per large batch, straight from the file. */
    private static Map<String, Long> bulkBatchesInJournal(Path file) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT description, count(*) FROM journal "
                     + "WHERE description LIKE 'bulk %' GROUP BY description")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }
}
