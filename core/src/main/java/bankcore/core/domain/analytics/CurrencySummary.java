package bankcore.core.domain.analytics;

import bankcore.core.domain.Money;

import java.util.Currency;

/**
 * The state of one currency's ledger: what customers hold in it (the bank's liquidity need), the
 * cash account's balance (its mirror image: both sum to zero), the flow today, in the last 24 hours
 * and in the 24 hours before, and how unequally the wealth is spread.
 */
public record CurrencySummary(Currency currency, Money liquidity, Money cashAccount, long customerAccounts,
                              FlowWindow today, FlowWindow last24h, FlowWindow previous24h, double gini) {
}
