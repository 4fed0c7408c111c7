package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditContext;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.EventType;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.JournalHash;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.JournalHead;
import bankcore.core.port.out.LedgerTransaction;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.UUID;

/**
 * Writes one transfer into the journal, inside the store's write transaction: applies the account
 * rules to both sides, stamps it with the next sequence, a time that never runs backwards and the
 * hash chained to the previous entry, and moves both balances; and writes the movement's audit
 * row in the same transaction, naming the {@link AuditContext} it was made for.
 */
final class Posting {
    private final InstantSource clock;
    private final IdSource ids;
    private final AuditContext audit;

    Posting(InstantSource clock, IdSource ids) {
        this(clock, ids, AuditContext.NONE);
    }

    private Posting(InstantSource clock, IdSource ids, AuditContext audit) {
        this.clock = clock;
        this.ids = ids;
        this.audit = audit;
    }

    /**
     * The same posting on behalf of the caller in scope now. Taken when a command is built, on the
     * caller's thread: the store may apply the command on a thread of its own.
     */
    Posting forCurrentCaller() {
        return new Posting(clock, ids, AuditContext.current());
    }

    Transfer post(LedgerTransaction tx, long debitAccountId, long creditAccountId, Money amount, String description,
                  UUID reverses) {
        requireDifferent(debitAccountId, creditAccountId);
        return post(tx, requireAccount(tx, debitAccountId), requireAccount(tx, creditAccountId), amount, description,
                reverses);
    }

    /** Posts between accounts the caller has already read in this transaction, so none is read twice. */
    Transfer post(LedgerTransaction tx, Account debitAccount, Account creditAccount, Money amount, String description,
                  UUID reverses) {
        requireDifferent(debitAccount.id(), creditAccount.id());
        return record(tx, debitAccount.debit(amount), creditAccount.credit(amount), amount, description, reverses,
                Entry.POSTED);
    }

    /**
     * Appends one entry of any kind between two accounts given in their state after it, and stores
     * what changed of them: the balances when the entry moves money, the pending totals when it
     * opens or ends a hold.
     */
    Transfer record(LedgerTransaction tx, Account debit, Account credit, Money amount, String description,
                    UUID reverses, Entry entry) {
        requireDifferent(debit.id(), credit.id());
        JournalHead head = tx.head();
        Instant at = stamp(head);
        Instant expiresAt = entry.holdFor() == null ? null : at.plus(entry.holdFor());
        Transfer unsealed = new Transfer(ids.newTransferId(), head.sequence() + 1, debit.id(), credit.id(),
                amount, description, at, reverses, debit.balanceMinor(), credit.balanceMinor(), "", entry.kind(),
                entry.ends(), expiresAt, HoldsAndLimit.of(debit), HoldsAndLimit.of(credit));
        Transfer sealed = unsealed.withHash(JournalHash.chain(head.hash(), unsealed));
        tx.append(sealed);
        Events.record(tx, EventType.ofEntry(sealed), sealed.createdAt(), sealed);
        // Pending totals first: a capture releases its hold before it spends, so no state in between
        // has the balance already lowered while the hold still counts.
        if (entry.kind() != TransferKind.POSTED) {
            tx.updatePending(debit.id(), debit.pendingDebitsMinor(), debit.pendingCreditsMinor());
            tx.updatePending(credit.id(), credit.pendingDebitsMinor(), credit.pendingCreditsMinor());
        }
        if (entry.kind().movesBalances()) {
            tx.updateBalance(debit.id(), debit.balanceMinor());
            tx.updateBalance(credit.id(), credit.balanceMinor());
        }
        tx.appendAudit(AuditEntry.ofMovement(sealed, debit.isSystem(), credit.isSystem(), audit));
        return sealed;
    }

    /**
     * What kind of entry {@link #record} appends.
     *
     * @param ends the hold it ends, for a capture, void or expiry
     * @param holdFor how long a hold stays open, for a hold
     */
    record Entry(TransferKind kind, UUID ends, Duration holdFor) {
        static final Entry POSTED = new Entry(TransferKind.POSTED, null, null);

        static Entry hold(Duration holdFor) {
            return new Entry(TransferKind.HOLD, null, holdFor);
        }

        static Entry ending(TransferKind kind, UUID hold) {
            return new Entry(kind, hold, null);
        }
    }

    private static void requireDifferent(long debitAccountId, long creditAccountId) {
        if (debitAccountId == creditAccountId) {
            throw Refusal.SAME_ACCOUNT.because("cannot transfer from account " + debitAccountId + " to itself");
        }
    }

    /** The bank's cash account for the currency, opened on first use. */
    Account cashAccount(LedgerTransaction tx, Currency currency) {
        return tx.systemAccount(currency).orElseGet(() -> {
            Account opened = tx.insertAccount(Account.systemCash(currency, now()));
            Events.record(tx, EventType.ACCOUNT_OPENED, opened.createdAt(), opened);
            return opened;
        });
    }

    InstantSource clock() {
        return clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static Account requireAccount(LedgerTransaction tx, long accountId) {
        return tx.account(accountId)
                .orElseThrow(() -> Refusal.ACCOUNT_NOT_FOUND.because("account " + accountId + " does not exist"));
    }

    /**
     * Journal time is monotonic: a clock stepping back (NTP) never puts an entry before its
     * predecessor, so "balance as of" can trust the order of both sequence and time.
     */
    private Instant stamp(JournalHead head) {
        Instant now = now();
        return now.isBefore(head.createdAt()) ? head.createdAt() : now;
    }
}
