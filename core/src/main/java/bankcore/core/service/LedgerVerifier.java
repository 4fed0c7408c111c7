package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountKind;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.JournalHash;
import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.VerifyLedger;
import bankcore.core.port.out.AccountReader;
import bankcore.core.port.out.JournalReader;

import java.math.BigInteger;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Re-derives the ledger from its journal and compares. One pass over the journal replays every
 * transfer into fresh per-account balances and open holds, checking the stored balances and
 * pending totals after each entry and the hash chain as it goes; then the replayed balances are
 * compared with the accounts. The store is trusted for nothing but returning rows.
 */
public final class LedgerVerifier implements VerifyLedger {
    private static final int PAGE = 5_000;
    /** How many offenders a failed check names: enough to start looking, not a dump. */
    private static final int MAX_NAMED = 5;

    private final AccountReader accounts;
    private final JournalReader journal;
    private final InstantSource clock;

    public LedgerVerifier(AccountReader accounts, JournalReader journal, InstantSource clock) {
        this.accounts = accounts;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public LedgerReport verify() {
        // The ledger may be moving while it is checked: the accounts are read as one snapshot taken
        // somewhere between journal positions 'before' and 'after', so each balance must equal what
        // the journal gave that account at one of those positions.
        long before = journal.countTransfers();
        Map<Long, Account> accounts = loadAccounts();
        long after = journal.countTransfers();
        JournalReplay replay = replayJournal(before, after);
        return new LedgerReport(clock.instant(), List.of(
                sumsToZero(accounts),
                balancesMatchJournal(accounts, replay),
                withinCreditLimit(accounts),
                replay.gaps.check("journal-complete",
                        replay.count + " transfers, sequence 1.." + replay.count + " without gaps"),
                replay.broken.check("hash-chain", "every one of " + replay.count + " hashes verifies")));
    }

    /** In one read, so the balances are one consistent snapshot and their sums mean something. */
    private Map<Long, Account> loadAccounts() {
        Map<Long, Account> byId = new HashMap<>();
        accounts.accounts(0, Integer.MAX_VALUE).forEach(account -> byId.put(account.id(), account));
        return byId;
    }

    private JournalReplay replayJournal(long before, long after) {
        JournalReplay replay = new JournalReplay(before);
        List<Transfer> page;
        do {
            page = journal.journal(replay.count, PAGE);
            for (Transfer transfer : page) {
                if (transfer.sequence() > after) {
                    return replay;
                }
                replay.apply(transfer);
            }
        } while (page.size() == PAGE);
        return replay;
    }

    private static InvariantCheck sumsToZero(Map<Long, Account> accounts) {
        Map<Currency, BigInteger> sums = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        accounts.values().forEach(a -> sums.merge(a.currency(), BigInteger.valueOf(a.balanceMinor()), BigInteger::add));
        Offenders unbalanced = new Offenders();
        sums.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                unbalanced.add(currency.getCurrencyCode() + " sums to " + sum + " minor units");
            }
        });
        return unbalanced.check("sum-to-zero",
                "every currency sums to zero: " + sums.keySet().stream().map(Currency::getCurrencyCode).toList());
    }

    private static InvariantCheck balancesMatchJournal(Map<Long, Account> accounts, JournalReplay replay) {
        Offenders mismatches = replay.wrongBalanceAfter;
        for (Account account : accounts.values()) {
            long replayed = replay.balances.getOrDefault(account.id(), 0L);
            if (replayed != account.balanceMinor() && !replay.heldWhileReading(account)) {
                mismatches.add("account " + account.id() + " holds " + account.balanceMinor() + " but its journal says "
                        + replayed);
            }
            // The account row is compared with the end of the replay, so one the journal touched while reading is
            // excused (each entry's own pending totals are checked against the replay as it goes).
            long[] pending = replay.pending.getOrDefault(account.id(), new long[2]);
            boolean pendingMatches = pending[0] == account.pendingDebitsMinor()
                    && pending[1] == account.pendingCreditsMinor();
            if (!pendingMatches && !replay.heldDuringRead.containsKey(account.id())) {
                mismatches.add("account " + account.id() + " has " + account.pendingDebitsMinor() + "/"
                        + account.pendingCreditsMinor() + " pending but its open holds say " + pending[0] + "/"
                        + pending[1]);
            }
        }
        return mismatches.check("balances-match-journal", accounts.size() + " accounts equal their credits minus "
                + "debits, and their pending debits and credits their " + replay.openHolds.size() + " open holds");
    }

    /** Invariant 3 with credit lines: no customer account below minus its credit limit, holds counted. */
    private static InvariantCheck withinCreditLimit(Map<Long, Account> accounts) {
        Offenders over = new Offenders();
        accounts.values().stream()
                .filter(a -> a.kind() == AccountKind.CUSTOMER && a.availableMinor() < 0)
                .forEach(a -> over.add("account " + a.id() + " at " + a.balance() + " with " + a.pendingDebits()
                        + " held, beyond its credit limit of " + a.creditLimit()));
        return over.check("no-negative-customer-balance",
                "no customer account is below minus its credit limit, holds counted");
    }

    /** The first few offenders of a check by name, and how many there were in all. */
    private static final class Offenders {
        private final List<String> named = new ArrayList<>();
        private long total;

        void add(String offender) {
            if (named.size() < MAX_NAMED) {
                named.add(offender);
            }
            total++;
        }

        InvariantCheck check(String name, String whenClean) {
            if (total == 0) {
                return new InvariantCheck(name, true, whenClean);
            }
            String more = total > named.size() ? " (and " + (total - named.size()) + " more)" : "";
            return new InvariantCheck(name, false, String.join("; ", named) + more);
        }
    }

    /** Running state of one pass over the journal. */
    private static final class JournalReplay {
        final Map<Long, Long> balances = new HashMap<>();
        /** Per account, pending debits and credits: the sums of the open holds. */
        final Map<Long, long[]> pending = new HashMap<>();
        final Map<UUID, Transfer> openHolds = new HashMap<>();
        /** Every balance an account held between the positions 'before' and 'after' of the account read. */
        final Map<Long, Set<Long>> heldDuringRead = new HashMap<>();
        final long before;
        final Offenders gaps = new Offenders();
        final Offenders broken = new Offenders();
        final Offenders wrongBalanceAfter = new Offenders();
        long count;
        String previousHash = JournalHash.GENESIS;

        JournalReplay(long before) {
            this.before = before;
        }

        boolean heldWhileReading(Account account) {
            return heldDuringRead.getOrDefault(account.id(), Set.of()).contains(account.balanceMinor());
        }

        void apply(Transfer t) {
            if (t.sequence() > before) {
                remember(t.debitAccountId());
                remember(t.creditAccountId());
            }
            if (t.sequence() != count + 1) {
                gaps.add("expected sequence " + (count + 1) + ", found " + t.sequence() + " (transfer " + t.id() + ")");
            }
            count = t.sequence();
            if (!JournalHash.chain(previousHash, t).equals(t.hash())) {
                broken.add("transfer " + t.id() + " at sequence " + t.sequence());
            }
            previousHash = t.hash();
            long moved = t.kind().movesBalances() ? t.amount().amountMinor() : 0;
            long debit = balances.merge(t.debitAccountId(), -moved, Long::sum);
            long credit = balances.merge(t.creditAccountId(), moved, Long::sum);
            replayHold(t);
            if (debit != t.debitBalanceAfterMinor() || credit != t.creditBalanceAfterMinor()) {
                wrongBalanceAfter.add("transfer " + t.id() + " records balances " + t.debitBalanceAfterMinor() + "/"
                        + t.creditBalanceAfterMinor() + " but the journal gives " + debit + "/" + credit);
            }
            checkPendingAfter(t, t.debitAccountId(), t.debitHoldsAfter());
            checkPendingAfter(t, t.creditAccountId(), t.creditHoldsAfter());
            if (t.sequence() > before) {
                heldDuringRead.get(t.debitAccountId()).add(debit);
                heldDuringRead.get(t.creditAccountId()).add(credit);
            }
        }

        private void replayHold(Transfer t) {
            Transfer hold = t.isHold() ? t : t.kind().endsHold() ? openHolds.remove(t.ends()) : null;
            if (hold == null) {
                if (t.kind().endsHold()) {
                    wrongBalanceAfter.add("transfer " + t.id() + " ends " + t.ends() + ", which is not an open hold");
                }
                return;
            }
            long sign = t.isHold() ? 1 : -1;
            if (t.isHold()) {
                openHolds.put(t.id(), t);
            }
            pending.computeIfAbsent(hold.debitAccountId(), id -> new long[2])[0] += sign * hold.amount().amountMinor();
            pending.computeIfAbsent(hold.creditAccountId(), id -> new long[2])[1] += sign * hold.amount().amountMinor();
        }

        /** The pending totals an entry records for one of its accounts, against the open holds replayed so far. */
        private void checkPendingAfter(Transfer t, long accountId, HoldsAndLimit recorded) {
            long[] replayed = pending.getOrDefault(accountId, new long[2]);
            if (replayed[0] != recorded.pendingDebitsMinor() || replayed[1] != recorded.pendingCreditsMinor()) {
                wrongBalanceAfter.add("transfer " + t.id() + " records " + recorded.pendingDebitsMinor() + "/"
                        + recorded.pendingCreditsMinor() + " pending on account " + accountId
                        + " but the journal's open holds give " + replayed[0] + "/" + replayed[1]);
            }
        }

        /** The account's balance at 'before', the first time a later transfer touches it. */
        private void remember(long accountId) {
            heldDuringRead.computeIfAbsent(accountId, id -> new HashSet<>(Set.of(balances.getOrDefault(id, 0L))));
        }
    }
}
