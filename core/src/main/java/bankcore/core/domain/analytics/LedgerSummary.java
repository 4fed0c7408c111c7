package bankcore.core.domain.analytics;

import java.time.Instant;
import java.util.List;

/** The headline numbers of the whole ledger at {@code asOf}, one summary per currency in use. */
public record LedgerSummary(Instant asOf, long customers, long accounts, long transfers,
                            List<CurrencySummary> currencies) {
    public LedgerSummary {
        currencies = List.copyOf(currencies);
    }
}
