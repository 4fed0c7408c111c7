package bankcore.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as it stood at an instant: its balance, the open holds on either side of it and its
 * credit limit then, each read from the journal or the audit log rather than from the account now.
 *
 * @param creditLimit the limit in force at {@code asOf}; empty when the ledger does not know it (changed,
 *                    and changed again, before the audit log recorded the limits it set)
 */
public record BalanceAsOf(long accountId, Instant asOf, Money balance, Money pendingDebits, Money pendingCredits,
                          Optional<Money> creditLimit) {
    public BalanceAsOf {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(pendingDebits, "pendingDebits");
        Objects.requireNonNull(pendingCredits, "pendingCredits");
        Objects.requireNonNull(creditLimit, "creditLimit");
    }

    /** Balance minus pending debits plus the credit limit, as {@link Account#available()}; empty when the limit is. */
    public Optional<Money> available() {
        return creditLimit.map(limit -> Money.of(Account.availableMinor(balance.amountMinor(),
                pendingDebits.amountMinor(), limit.amountMinor()), balance.currency()));
    }
}
