package bankcore.core.port.in;

import bankcore.core.domain.Account;
import bankcore.core.domain.analytics.HoldsOverview;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.core.domain.analytics.WealthDistribution;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The numbers an operator watches: liquidity, flow and wealth. All are index look-ups or small aggregates. */
public interface LedgerAnalytics {

    LedgerSummary summary();

    /** Open holds, credit used and the latest expiries in one currency. */
    HoldsOverview holds(Currency currency);

    /** Count and volume per {@code bucket} (whole minutes) in [{@code from}, {@code to}). Empty buckets are included. */
    List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket);

    WealthDistribution wealth(Currency currency);

    List<Account> topAccounts(Currency currency, int limit);
}
