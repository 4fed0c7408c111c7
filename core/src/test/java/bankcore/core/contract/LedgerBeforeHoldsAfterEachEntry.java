package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.BalanceAsOf;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.JournalHash;
import bankcore.core.domain.Money;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.port.in.LedgerQueries.StatementRange;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger as a store held it before its entries kept their holds and credit limits (SQLite V9,
 * PostgreSQL V8), written as SQL both databases take, and what the upgrade must make of it: pending
 * totals replayed exactly, limits wherever the audit log can tell them, and an unknown available
 * balance only between two limit changes whose values were not recorded.
 *
 * <p>Ada (account 1) is paid 10.00 from the cash account (2), then holds 4.00 for Bob (3), of which
 * 1.00 is captured, then holds 2.00 more, still open. Her limit was changed twice, to values the log
 * did not keep; the second set the 3.00 she has now.
 */
public final class LedgerBeforeHoldsAfterEachEntry {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final long ADA = 1;
    private static final long CASH = 2;
    private static final long BOB = 3;

    private final List<Transfer> journal = new ArrayList<>();
    private final Transfer captured;

    public LedgerBeforeHoldsAfterEachEntry() {
        entry(CASH, ADA, 1_000, minutes(0), TransferKind.POSTED, null, -1_000, 1_000);
        captured = entry(ADA, BOB, 400, minutes(2), TransferKind.HOLD, null, 1_000, 0);
        entry(ADA, BOB, 100, minutes(4), TransferKind.CAPTURE, captured.id(), 900, 100);
        entry(ADA, BOB, 200, minutes(5), TransferKind.HOLD, null, 900, 100);
    }

    /** The rows, for a schema migrated up to the version before the upgrade. */
    public List<String> inserts() {
        List<String> sql = new ArrayList<>();
        sql.add("INSERT INTO customer (id, name, email, role, created_at) VALUES (1, 'Ada', 'ada@example.org', "
                + "'CUSTOMER', 0), (2, 'Bob', 'bob@example.org', 'CUSTOMER', 0)");
        sql.add("INSERT INTO account (id, owner_id, currency, balance, status, kind, created_at, credit_limit, "
                + "pending_debits, pending_credits) VALUES (1, 1, 'EUR', 900, 'ACTIVE', 'CUSTOMER', 0, 300, 200, 0), "
                + "(2, NULL, 'EUR', -1000, 'ACTIVE', 'SYSTEM', 0, 0, 0, 0), "
                + "(3, 2, 'EUR', 100, 'ACTIVE', 'CUSTOMER', 0, 0, 0, 200)");
        for (Transfer t : journal) {
            sql.add("INSERT INTO journal (seq, id, debit_account_id, credit_account_id, amount, currency, description, "
                    + "created_at, debit_balance_after, credit_balance_after, hash, kind, ends, expires_at) VALUES ("
                    + t.sequence() + ", '" + t.id() + "', " + t.debitAccountId() + ", " + t.creditAccountId() + ", "
                    + t.amount().amountMinor() + ", 'EUR', '', " + micros(t.createdAt()) + ", "
                    + t.debitBalanceAfterMinor() + ", " + t.creditBalanceAfterMinor() + ", '" + t.hash() + "', '"
                    + t.kind() + "', " + (t.ends() == null ? "NULL" : "'" + t.ends() + "'") + ", "
                    + (t.expiresAt() == null ? "NULL" : micros(t.expiresAt())) + ")");
        }
        sql.add("INSERT INTO audit_log (seq, at, action, client_address, request_id, account_id) VALUES "
                + "(1, " + micros(minutes(1)) + ", 'SET_CREDIT_LIMIT', '', '', 1), "
                + "(2, " + micros(minutes(3)) + ", 'SET_CREDIT_LIMIT', '', '', 1)");
        return sql;
    }

    /** What the upgraded store must answer. */
    public void assertUpgraded(Ledger ledger) {
        List<StatementEntry> ada = ledger.queries().statement(ADA, StatementRange.all(), Optional.empty(), 10).items();
        // Newest first: the open hold and the capture (under the last change's limit, the one she has now),
        // the first hold (under a limit nobody recorded: unknown), the deposit (before any limit).
        assertThat(ada).extracting(line -> line.availableAfter().map(Money::amountMinor).orElse(null))
                .containsExactly(1_000L, 1_200L, null, 1_000L);
        assertThat(ledger.queries().transfer(captured.id()).orElseThrow().debitHoldsAfter())
                .isEqualTo(new HoldsAndLimit(400, 0, OptionalLong.empty()));
        List<StatementEntry> bob = ledger.queries().statement(BOB, StatementRange.all(), Optional.empty(), 10).items();
        assertThat(bob).extracting(line -> line.availableAfter().orElseThrow().amountMinor())
                .containsExactly(100L, 100L, 0L);

        assertThat(ledger.queries().balanceAndHoldsAsOf(ADA, minutes(2)))
                .extracting(BalanceAsOf::pendingDebits, BalanceAsOf::creditLimit)
                .containsExactly(Money.of(400, EUR), Optional.empty());
        assertThat(ledger.queries().balanceAndHoldsAsOf(ADA, minutes(3)).available())
                .contains(Money.of(1_000 - 400 + 300, EUR));
        assertThat(ledger.queries().balanceAndHoldsAsOf(BOB, minutes(5)).pendingCredits()).isEqualTo(Money.of(200, EUR));
        LedgerInvariants.assertAllHold(ledger);
    }

    private static Instant minutes(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** An entry as the older schema held it, chained to the previous one (holds and limits are outside the hash). */
    private Transfer entry(long debit, long credit, long amountMinor, Instant at, TransferKind kind, UUID ends,
                           long debitBalanceAfter, long creditBalanceAfter) {
        String previous = journal.isEmpty() ? JournalHash.GENESIS : journal.get(journal.size() - 1).hash();
        Transfer unsealed = new Transfer(UUID.randomUUID(), journal.size() + 1, debit, credit,
                Money.of(amountMinor, EUR), "", at, null, debitBalanceAfter, creditBalanceAfter, "", kind, ends,
                kind == TransferKind.HOLD ? at.plus(Duration.ofDays(1)) : null, HoldsAndLimit.NONE, HoldsAndLimit.NONE);
        Transfer sealed = unsealed.withHash(JournalHash.chain(previous, unsealed));
        journal.add(sealed);
        return sealed;
    }
}
