package bankcore.core.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A balance in one currency. The rules that guard it (no overdraft for customers, only active
 * accounts move money, one currency) live here, so every adapter gets them for free.
 *
 * @param ownerId the customer who owns it, or 0 for the bank's own system accounts
 */
public record Account(long id, long ownerId, Currency currency, long balanceMinor, AccountStatus status,
                      AccountKind kind, Instant createdAt) {

    public Account {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Currencies.requireSupported(currency);
        if (kind == AccountKind.CUSTOMER && balanceMinor < 0) {
            throw new IllegalStateException("customer account " + id + " cannot hold a negative balance");
        }
    }

    public static Account openFor(long ownerId, Currency currency, Instant now) {
        return new Account(0, ownerId, currency, 0, AccountStatus.ACTIVE, AccountKind.CUSTOMER, now);
    }

    public static Account systemCash(Currency currency, Instant now) {
        return new Account(0, 0, currency, 0, AccountStatus.ACTIVE, AccountKind.SYSTEM, now);
    }

    public Money balance() {
        return Money.of(balanceMinor, currency);
    }

    public boolean isSystem() {
        return kind == AccountKind.SYSTEM;
    }

    public boolean isOwnedBy(long customerId) {
        return kind == AccountKind.CUSTOMER && ownerId == customerId;
    }

    /** The balance after taking {@code amount} out; refuses an overdraft on a customer account. */
    public Account debit(Money amount) {
        requireCanMove(amount);
        Money after = balance().minus(amount);
        if (after.isNegative() && kind == AccountKind.CUSTOMER) {
            throw Refusal.INSUFFICIENT_FUNDS.because("account " + id + " holds " + balance() + ", less than " + amount);
        }
        return withBalance(after.amountMinor());
    }

    /** The balance after putting {@code amount} in; refuses a balance that would overflow. */
    public Account credit(Money amount) {
        requireCanMove(amount);
        return withBalance(balance().plus(amount).amountMinor());
    }

    public Account withId(long newId) {
        return new Account(newId, ownerId, currency, balanceMinor, status, kind, createdAt);
    }

    public Account withBalance(long newBalanceMinor) {
        return new Account(id, ownerId, currency, newBalanceMinor, status, kind, createdAt);
    }

    /** Freezing, unfreezing and closing follow one rule: a closed account stays closed, and only an empty one closes. */
    public Account withStatus(AccountStatus newStatus) {
        if (status == AccountStatus.CLOSED && newStatus != AccountStatus.CLOSED) {
            throw Refusal.ACCOUNT_NOT_ACTIVE.because("account " + id + " is closed");
        }
        if (newStatus == AccountStatus.CLOSED && balanceMinor != 0) {
            throw Refusal.ACCOUNT_NOT_EMPTY.because("account " + id + " still holds " + balance());
        }
        if (isSystem()) {
            throw Refusal.INVALID_ARGUMENT.because("the bank's cash account " + id + " cannot change status");
        }
        return new Account(id, ownerId, currency, balanceMinor, newStatus, kind, createdAt);
    }

    private void requireCanMove(Money amount) {
        if (!currency.equals(amount.currency())) {
            throw Refusal.CURRENCY_MISMATCH.because("account " + id + " holds " + currency.getCurrencyCode()
                    + ", not " + amount.currency().getCurrencyCode());
        }
        if (status != AccountStatus.ACTIVE) {
            throw Refusal.ACCOUNT_NOT_ACTIVE.because("account " + id + " is " + status.name().toLowerCase());
        }
    }
}
