package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferStatus;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM opens holds and captures them; we SIGKILL it in the middle. Every acknowledged hold is
 * in the journal, every acknowledged capture is there and ends its hold, a hold acknowledged but not
 * captured is still pending (and can be captured after the restart), and every invariant holds.
 */
class KilledBetweenHoldAndCaptureTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int CAPTURES_BEFORE_KILL = 200;

    @TempDir
    Path dir;

    @Test
    void a_sigkill_between_hold_and_capture_loses_neither() throws Exception {
        Path file = dir.resolve("holds-crash.db");
        long payer;
        long payee;
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            payer = open(ledger, "payer", "100000.00");
            payee = open(ledger, "payee", "0");
        }
        Set<UUID> holds = new LinkedHashSet<>();
        Map<UUID, UUID> captures = new HashMap<>();
        runAndKill(file, payer, payee, holds, captures);

        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            for (UUID hold : holds) {
                Transfer stored = ledger.queries().transfer(hold).orElseThrow(() -> new AssertionError("lost " + hold));
                TransferStatus status = ledger.queries().status(stored);
                if (captures.containsKey(hold)) {
                    assertThat(status).isEqualTo(TransferStatus.CAPTURED);
                    assertThat(ledger.queries().transfer(captures.get(hold)).orElseThrow().ends()).isEqualTo(hold);
                } else if (status == TransferStatus.PENDING) {
                    ledger.holds().capture(Capture.all(hold));
                } else {
                    // captured after all: the capture committed but the kill came before it was printed
                    assertThat(status).isEqualTo(TransferStatus.CAPTURED);
                }
            }
            // A hold committed just before the kill but never reported may still be open: the verifier
            // checks that the payer's pending debits equal exactly the open holds of the journal.
            LedgerInvariants.assertAllHold(ledger);
        }
        JournalLinks.assertMatchTheJournal(file);
    }

    private static void runAndKill(Path file, long payer, long payee, Set<UUID> holds, Map<UUID, UUID> captures)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingHoldLoop.class.getName(), file.toString(), Long.toString(payer), Long.toString(payee))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] words = line.split(" ");
                if (words[0].equals("HOLD")) {
                    holds.add(UUID.fromString(words[1]));
                } else if (words[0].equals("CAPTURE")) {
                    captures.put(UUID.fromString(words[1]), UUID.fromString(words[2]));
                }
                if (captures.size() == CAPTURES_BEFORE_KILL) {
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(holds).as("some hold was acknowledged and not captured when the kill came")
                .hasSizeGreaterThan(captures.size());
    }

    private static long open(Ledger ledger, String name, String deposit) {
        long id = ledger.registration().register(RegisterCustomer.Command.customer(name, name + "@example.org", null,
                EUR)).account().id();
        Money amount = Money.parse(deposit, EUR);
        if (amount.isPositive()) {
            ledger.cash().deposit(CashCommand.of(id, amount, "opening"));
        }
        return id;
    }
}
