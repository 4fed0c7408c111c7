package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety for real: a child JVM transfers in a loop and reports each acknowledged transfer; we
 * kill it with SIGKILL mid-run, three times, each time on the same file. Every acknowledged transfer
 * must then be in the journal exactly once, and every invariant must hold.
 */
class KilledProcessTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Pattern ACK = Pattern.compile("ACK ([0-9a-f-]{36})");
    private static final int ROUNDS = 3;
    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void every_acknowledged_transfer_survives_a_sigkill_and_the_ledger_stays_consistent() throws Exception {
        Path file = dir.resolve("crash.db");
        fundAccounts(file);
        Set<UUID> acknowledged = new HashSet<>();

        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(runAndKill(file, round));
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * ACKS_BEFORE_KILL);
        try (Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build()) {
            for (UUID id : acknowledged) {
                assertThat(ledger.queries().transfer(id)).as("acknowledged transfer %s", id).isPresent();
            }
            LedgerInvariants.assertAllHold(ledger);
        }
    }

    private static void fundAccounts(Path file) {
        try (Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build()) {
            for (int i = 0; i < 20; i++) {
                long id = ledger.registration().register(RegisterCustomer.Command.customer("Victim " + i,
                        "victim" + i + "@example.org", null, EUR)).account().id();
                ledger.cash().deposit(CashCommand.of(id, Money.parse("1000.00", EUR), "opening"));
            }
        }
    }

    private static List<UUID> runAndKill(Path file, int round) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingTransferLoop.class.getName(), file.toString(), Integer.toString(round))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<UUID> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            readAcks(out, acks, ACKS_BEFORE_KILL);
            // SIGKILL through the process handle: Process.destroyForcibly would also close our end of the pipe.
            child.toHandle().destroyForcibly();
            // Acks printed between our last read and the kill still count: the child promised them.
            readAcks(out, acks, Integer.MAX_VALUE);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(acks).as("round %d acknowledged transfers before the kill", round)
                .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return acks;
    }

    /** Reads the child's acknowledged ids until it has {@code until} of them or its output ends. */
    private static void readAcks(BufferedReader out, List<UUID> acks, int until) throws IOException {
        String line;
        while (acks.size() < until && (line = out.readLine()) != null) {
            var match = ACK.matcher(line);
            if (match.matches()) {
                acks.add(UUID.fromString(match.group(1)));
            }
        }
    }
}
