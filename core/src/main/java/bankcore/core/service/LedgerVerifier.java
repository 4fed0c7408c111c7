package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountKind;
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

/**
 * Re-derives the ledger from its journal and compares. One pass over the journal replays every
 * transfer into fresh per-account balances, checking the stored balances-after and the hash chain
 * as it goes; then the replayed balances are compared with the accounts. The store is trusted for
 * nothing but returning rows.
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
                noNegativeCustomerBalance(accounts),
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
        }
        return mismatches.check("balances-match-journal",
                accounts.size() + " accounts equal their credits minus debits");
    }

    private static InvariantCheck noNegativeCustomerBalance(Map<Long, Account> accounts) {
        Offenders negative = new Offenders();
        accounts.values().stream()
                .filter(a -> a.kind() == AccountKind.CUSTOMER && a.balanceMinor() < 0)
                .forEach(a -> negative.add("account " + a.id() + " at " + a.balance()));
        return negative.check("no-negative-customer-balance", "no customer account is below zero");
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
            long debit = balances.merge(t.debitAccountId(), -t.amount().amountMinor(), Long::sum);
            long credit = balances.merge(t.creditAccountId(), t.amount().amountMinor(), Long::sum);
            if (debit != t.debitBalanceAfterMinor() || credit != t.creditBalanceAfterMinor()) {
                wrongBalanceAfter.add("transfer " + t.id() + " records balances " + t.debitBalanceAfterMinor() + "/"
                        + t.creditBalanceAfterMinor() + " but the journal gives " + debit + "/" + credit);
            }
            if (t.sequence() > before) {
                heldDuringRead.get(t.debitAccountId()).add(debit);
                heldDuringRead.get(t.creditAccountId()).add(credit);
            }
        }

        /** The account's balance at 'before', the first time a later transfer touches it. */
        private void remember(long accountId) {
            heldDuringRead.computeIfAbsent(accountId, id -> new HashSet<>(Set.of(balances.getOrDefault(id, 0L))));
        }
    }
}
