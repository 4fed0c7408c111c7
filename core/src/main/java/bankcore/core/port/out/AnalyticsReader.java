package bankcore.core.port.out;

import bankcore.core.domain.Account;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.analytics.VolumeBucket;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Aggregates over the committed ledger, for the dashboard and the summary. */
public interface AnalyticsReader {

    List<CurrencyTotals> currencyTotals();

    /** Transfer count and volume per interval of {@code bucket} (a whole number of minutes) in [{@code from}, {@code to}). */
    List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket);

    /** Every customer account's balance in the currency, ascending. */
    long[] customerBalances(Currency currency);

    /** How many holds in the currency are open, and the sum of their amounts: {@code {count, sumMinor}}. */
    long[] openHoldTotals(Currency currency);

    /** The latest expiry entries in the currency, newest first. */
    List<Transfer> recentExpiries(Currency currency, int limit);

    /** The richest customer accounts in the currency, richest first. */
    List<Account> topAccounts(Currency currency, int limit);
}
