package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.FlowWindow;
import bankcore.core.domain.analytics.HoldsOverview;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.core.domain.analytics.WealthDistribution;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.out.AccountReader;
import bankcore.core.port.out.AnalyticsReader;
import bankcore.core.port.out.CurrencyTotals;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.JournalReader;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Analytics over the store's small aggregates: per-currency totals, per-minute volume buckets and
 * the sorted customer balances. Nothing here scans the journal.
 */
public final class AnalyticsService implements LedgerAnalytics {
    /** Caps a chart at a size a browser draws at once. */
    static final int MAX_BUCKETS = 10_000;

    private final AnalyticsReader analytics;
    private final AccountReader accounts;
    private final JournalReader journal;
    private final CustomerStore customers;
    private final InstantSource clock;

    public AnalyticsService(AnalyticsReader analytics, AccountReader accounts, JournalReader journal,
                            CustomerStore customers, InstantSource clock) {
        this.analytics = analytics;
        this.accounts = accounts;
        this.journal = journal;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public LedgerSummary summary() {
        Instant now = clock.instant();
        Instant nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant midnight = now.truncatedTo(ChronoUnit.DAYS);
        Instant dayAgo = nextMinute.minus(Duration.ofDays(1));
        List<CurrencySummary> currencies = new ArrayList<>();
        for (CurrencyTotals totals : analytics.currencyTotals()) {
            Currency currency = totals.currency();
            currencies.add(new CurrencySummary(currency, Money.of(totals.customerBalanceMinor(), currency),
                    Money.of(totals.systemBalanceMinor(), currency), totals.customerAccounts(),
                    flow(currency, midnight, nextMinute), flow(currency, dayAgo, nextMinute),
                    flow(currency, dayAgo.minus(Duration.ofDays(1)), dayAgo), wealth(currency).gini()));
        }
        return new LedgerSummary(now, customers.countCustomers(), accounts.countAccounts(), journal.countTransfers(),
                currencies);
    }

    /** How many recent expiries {@link #holds} lists. */
    static final int RECENT_EXPIRIES = 5;

    @Override
    public HoldsOverview holds(Currency currency) {
        long[] open = analytics.openHoldTotals(currency);
        long creditUsed = 0;
        for (long balance : analytics.customerBalances(currency)) {
            if (balance >= 0) {
                break; // ascending: the rest are not below zero
            }
            creditUsed = Math.subtractExact(creditUsed, balance);
        }
        return new HoldsOverview(open[0], Money.of(open[1], currency), Money.of(creditUsed, currency),
                analytics.recentExpiries(currency, RECENT_EXPIRIES));
    }

    @Override
    public List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket) {
        Instant start = from.truncatedTo(ChronoUnit.MINUTES);
        requireBuckets(start, to, bucket);
        Map<Instant, VolumeBucket> filled = analytics.volume(currency, start, to, bucket).stream()
                .collect(Collectors.toMap(VolumeBucket::start, Function.identity()));
        List<VolumeBucket> all = new ArrayList<>();
        for (Instant t = start; t.isBefore(to); t = t.plus(bucket)) {
            all.add(filled.getOrDefault(t, new VolumeBucket(t, 0, Money.zero(currency))));
        }
        return all;
    }

    @Override
    public WealthDistribution wealth(Currency currency) {
        return WealthDistribution.of(currency, analytics.customerBalances(currency));
    }

    @Override
    public List<Account> topAccounts(Currency currency, int limit) {
        return analytics.topAccounts(currency, Page.requireLimit(limit));
    }

    private FlowWindow flow(Currency currency, Instant from, Instant to) {
        List<VolumeBucket> buckets = analytics.volume(currency, from, to, Duration.between(from, to));
        long count = buckets.stream().mapToLong(VolumeBucket::count).sum();
        Money volume = buckets.stream().map(VolumeBucket::volume).reduce(Money.zero(currency), Money::plus);
        return new FlowWindow(from, to, count, volume);
    }

    private static void requireBuckets(Instant from, Instant to, Duration bucket) {
        if (bucket.isZero() || bucket.isNegative() || bucket.toSecondsPart() != 0 || bucket.toNanosPart() != 0
                || bucket.getSeconds() % 60 != 0) {
            throw Refusal.INVALID_ARGUMENT.because("bucket must be a positive whole number of minutes, got " + bucket);
        }
        if (!from.isBefore(to)) {
            throw Refusal.INVALID_ARGUMENT.because("'from' must be before 'to'");
        }
        if (Duration.between(from, to).dividedBy(bucket) > MAX_BUCKETS) {
            throw Refusal.INVALID_ARGUMENT.because("at most " + MAX_BUCKETS + " buckets per query");
        }
    }
}
