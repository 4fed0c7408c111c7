package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.Account;
import bankcore.core.domain.AccountKind;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.domain.TransferStatus;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.LedgerQueries.StatementRange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash test of issue 13, for any store: a child JVM runs the {@link MixedWorkload} on the
 * store, we SIGKILL it once it has acknowledged enough of everything and at least one expiry, and
 * the reopened ledger must hold everything acknowledged exactly once and keep every invariant.
 * How much is enough: {@value #ACKS_PROPERTY} (the {@code robustness} profile runs a long one),
 * else {@value #DEFAULT_ACKS}, a run of a few seconds.
 */
public final class KilledMixedWorkload {
    public static final String ACKS_PROPERTY = "bankcore.crash.acks";
    static final int DEFAULT_ACKS = 400;
    /** How long the child may take to acknowledge what is wanted: a minute, plus 10 ms per entry wanted. */
    private static final long DEADLINE_SECONDS = 60;
    private static final long DEADLINE_MILLIS_PER_ENTRY = 10;

    private KilledMixedWorkload() {
    }

    /** What the killed JVM acknowledged: every entry by id, and for captures and voids the hold each ended. */
    public record Acknowledged(Map<UUID, TransferKind> kinds, Map<UUID, UUID> ended, int expiries) {
        long count(TransferKind kind) {
            return kinds.values().stream().filter(kind::equals).count();
        }
    }

    /**
     * Starts {@code mainClass} (which runs the workload on the store its arguments name) in a JVM of
     * its own with this one's class path, reads what it acknowledges, and kills it with SIGKILL.
     */
    public static Acknowledged runAndKill(String mainClass, List<String> args) throws IOException, InterruptedException {
        int wanted = Integer.parseInt(System.getProperty(ACKS_PROPERTY, "").isBlank()
                ? Integer.toString(DEFAULT_ACKS) : System.getProperty(ACKS_PROPERTY).strip());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<UUID, TransferKind> kinds = new HashMap<>();
        Map<UUID, UUID> ended = new HashMap<>();
        int expiries = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS)
                + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS_PER_ENTRY * wanted);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] words = line.split(" ");
                if (words[0].equals("EXPIRED")) {
                    expiries += Integer.parseInt(words[1]);
                } else {
                    UUID id = UUID.fromString(words[1]);
                    assertThat(kinds.put(id, TransferKind.valueOf(words[0]))).as("acknowledged twice: " + id).isNull();
                    if (words.length == 3) {
                        ended.put(id, UUID.fromString(words[2]));
                    }
                }
                if ((kinds.size() >= wanted && expiries > 0) || System.nanoTime() > deadline) {
                    child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-group
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        Acknowledged acknowledged = new Acknowledged(kinds, ended, expiries);
        List<TransferKind> acknowledgedKinds = List.of(TransferKind.POSTED, TransferKind.HOLD, TransferKind.CAPTURE,
                TransferKind.VOID);
        System.out.println("mixed workload killed after " + kinds.size() + " acknowledged entries ("
                + acknowledgedKinds.stream().map(kind -> acknowledged.count(kind) + " " + kind).toList() + ") and "
                + expiries + " expiries");
        assertThat(kinds).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(wanted);
        assertThat(expiries).as("holds the sweep expired before the kill").isPositive();
        for (TransferKind kind : acknowledgedKinds) {
            assertThat(acknowledged.count(kind)).as("acknowledged " + kind + " entries").isPositive();
        }
        return acknowledged;
    }

    /** Everything the reopened ledger must show after the kill. */
    public static void assertSurvived(Ledger ledger, Acknowledged acknowledged) {
        List<Transfer> journal = WholeJournal.oldestFirst(ledger.queries());
        Map<UUID, Transfer> byId = new HashMap<>();
        journal.forEach(t -> assertThat(byId.put(t.id(), t)).as("in the journal twice: " + t.id()).isNull());
        acknowledged.kinds().forEach((id, kind) -> {
            Transfer stored = byId.get(id);
            assertThat(stored).as("acknowledged " + kind + " " + id + " is in the journal").isNotNull();
            assertThat(stored.kind()).isEqualTo(kind);
            assertThat(stored.ends()).isEqualTo(acknowledged.ended().get(id));
        });
        assertEachHoldEndsAtMostOnce(journal, byId);
        assertNoCustomerAccountWentBelowItsLimit(ledger, journal);
        assertThat(journal).as("expiries in the journal").anyMatch(t -> t.kind() == TransferKind.EXPIRY);
        LedgerInvariants.assertAllHold(ledger);
        assertAPendingHoldCanStillBeCaptured(ledger, journal, acknowledged);
        LedgerInvariants.assertAllHold(ledger);
    }

    private static void assertEachHoldEndsAtMostOnce(List<Transfer> journal, Map<UUID, Transfer> byId) {
        Set<UUID> ended = new HashSet<>();
        for (Transfer t : journal) {
            if (t.kind().endsHold()) {
                Transfer hold = byId.get(t.ends());
                assertThat(hold).as(t.kind() + " " + t.id() + " ends a hold of the journal").isNotNull();
                assertThat(hold.isHold()).isTrue();
                assertThat(hold.sequence()).isLessThan(t.sequence());
                assertThat(ended.add(t.ends())).as("hold " + t.ends() + " ended more than once").isTrue();
            }
        }
    }

    /**
     * Invariant 3 at every point of the history, not only at the end: after every entry, no customer
     * account was below minus its credit limit, holds counted (the available balance each entry
     * records); and each account's latest statement line shows the available balance it has now.
     */
    private static void assertNoCustomerAccountWentBelowItsLimit(Ledger ledger, List<Transfer> journal) {
        Map<Long, Account> accounts = new HashMap<>();
        for (Transfer t : journal) {
            for (long side : new long[] {t.debitAccountId(), t.creditAccountId()}) {
                Account account = accounts.computeIfAbsent(side, id -> ledger.queries().account(id).orElseThrow());
                long available = t.holdsAfter(side).availableMinor(t.balanceAfterMinor(side)).orElseThrow();
                if (account.kind() == AccountKind.CUSTOMER) {
                    assertThat(available).as("available on account " + side + " after " + t.kind() + " " + t.id())
                            .isNotNegative();
                }
            }
        }
        for (Account account : accounts.values()) {
            StatementEntry latest = ledger.queries().statement(account.id(), StatementRange.all(), Optional.empty(), 1)
                    .items().get(0);
            assertThat(latest.availableAfter()).as("account " + account.id() + "'s latest line")
                    .contains(account.available());
        }
    }

    /** A hold acknowledged before the kill and still open is as good as ever after the restart. */
    private static void assertAPendingHoldCanStillBeCaptured(Ledger ledger, List<Transfer> journal,
                                                             Acknowledged acknowledged) {
        journal.stream()
                .filter(t -> acknowledged.kinds().get(t.id()) == TransferKind.HOLD)
                .filter(t -> ledger.queries().status(t) == TransferStatus.PENDING)
                .filter(t -> t.expiresAt().isAfter(t.createdAt().plusSeconds(60)))
                .findFirst()
                .ifPresent(hold -> assertThat(ledger.holds().capture(Capture.all(hold.id())).transfer().ends())
                        .isEqualTo(hold.id()));
    }
}
