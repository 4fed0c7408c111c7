package bankcore.core.port.out;

import bankcore.core.domain.Account;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.domain.analytics.VolumeBucket;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the ledger lives. Writes come as a batch of commands applied in one durable transaction,
 * each command atomically; an implementation may group the batches of concurrent callers into one
 * transaction (group commit). Reads see only committed data.
 */
public interface LedgerStore extends AutoCloseable {

    /**
     * Applies the commands in order in one transaction and returns once it is durable, with one
     * outcome per command. A command refused with a {@code LedgerException} leaves no trace.
     */
    <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands);

    Optional<Account> findAccount(long accountId);

    List<Account> accountsOwnedBy(long customerId);

    Optional<Account> findSystemAccount(Currency currency);

    /** All accounts with an id above {@code afterId}, lowest id first. */
    List<Account> accounts(long afterId, int limit);

    long countAccounts();

    Optional<Transfer> findTransfer(UUID transferId);

    /** The journal in order: entries with a sequence above {@code afterSequence}, lowest first. */
    List<Transfer> journal(long afterSequence, int limit);

    long countTransfers();

    /**
     * Entries touching the account with a sequence below {@code beforeSequence} and a time in
     * [{@code from}, {@code to}), newest first.
     */
    List<Transfer> transfersOf(long accountId, long beforeSequence, Instant from, Instant to, int limit);

    /** The account's last entry at or before {@code instant}, if any. */
    Optional<Transfer> lastTransferOf(long accountId, Instant instant);

    /** Entries matching the filter with a sequence below {@code beforeSequence}, newest first. */
    List<Transfer> search(TransferFilter filter, long beforeSequence, int limit);

    List<CurrencyTotals> currencyTotals();

    /** Transfer count and volume per interval of {@code bucket} (a whole number of minutes) in [{@code from}, {@code to}). */
    List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket);

    /** Every customer account's balance in the currency, ascending. */
    long[] customerBalances(Currency currency);

    /** The richest customer accounts in the currency, richest first. */
    List<Account> topAccounts(Currency currency, int limit);

    @Override
    void close();
}
