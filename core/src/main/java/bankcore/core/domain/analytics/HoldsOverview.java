package bankcore.core.domain.analytics;

import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;

import java.util.List;
import java.util.Objects;

/**
 * Holds and credit in one currency, for the dashboard: the holds still open and what they reserve,
 * the credit customers use (the sum of their balances below zero), and the latest expiries.
 *
 * @param recentExpiries the latest expiry entries, newest first
 */
public record HoldsOverview(long openHolds, Money held, Money creditUsed, List<Transfer> recentExpiries) {
    public HoldsOverview {
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(creditUsed, "creditUsed");
        recentExpiries = List.copyOf(recentExpiries);
    }
}
