package bankcore.core.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A balance in one currency. The rules that guard it (no overdraft for customers beyond their credit
 * limit, holds counted; only active accounts move money; one currency) live here, so every adapter
 * gets them for free.
 *
 * <p>A customer account may spend its <em>available</em> balance: balance minus the holds on it
 * (pending debits) plus its credit limit. Pending credits are promised to it by holds elsewhere and
 * count for nothing until captured.
 *
 * @param ownerId the customer who owns it, or 0 for the bank's own system accounts
 * @param creditLimitMinor how far below zero the balance may go; always 0 for a system account
 * @param pendingDebitsMinor the sum of the open holds that would take money out of it
 * @param pendingCreditsMinor the sum of the open holds that would bring money into it
 */
public record Account(long id, long ownerId, Currency currency, long balanceMinor, AccountStatus status,
                      AccountKind kind, Instant createdAt, long creditLimitMinor, long pendingDebitsMinor,
                      long pendingCreditsMinor) {

    public Account {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Currencies.requireSupported(currency);
        if (creditLimitMinor < 0 || pendingDebitsMinor < 0 || pendingCreditsMinor < 0) {
            throw new IllegalStateException("account " + id + " has a negative credit limit or pending total");
        }
        if (kind == AccountKind.CUSTOMER && balanceMinor - pendingDebitsMinor + creditLimitMinor < 0) {
            throw new IllegalStateException("customer account " + id + " cannot go below minus its credit limit");
        }
        if (kind == AccountKind.SYSTEM && creditLimitMinor != 0) {
            throw new IllegalStateException("the cash account " + id + " has no credit limit");
        }
    }

    /** An account without holds or credit: the shape of every account before two-phase transfers existed. */
    public Account(long id, long ownerId, Currency currency, long balanceMinor, AccountStatus status,
                   AccountKind kind, Instant createdAt) {
        this(id, ownerId, currency, balanceMinor, status, kind, createdAt, 0, 0, 0);
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

    /** Balance minus pending debits plus credit limit: what a customer account may still spend. */
    public Money available() {
        return Money.of(availableMinor(), currency);
    }

    public long availableMinor() {
        return availableMinor(balanceMinor, pendingDebitsMinor, creditLimitMinor);
    }

    /** The one definition of available, for an account now and for an account as a journal entry left it. */
    public static long availableMinor(long balanceMinor, long pendingDebitsMinor, long creditLimitMinor) {
        return Math.addExact(Math.subtractExact(balanceMinor, pendingDebitsMinor), creditLimitMinor);
    }

    public Money creditLimit() {
        return Money.of(creditLimitMinor, currency);
    }

    public Money pendingDebits() {
        return Money.of(pendingDebitsMinor, currency);
    }

    public Money pendingCredits() {
        return Money.of(pendingCreditsMinor, currency);
    }

    public boolean isSystem() {
        return kind == AccountKind.SYSTEM;
    }

    public boolean isOwnedBy(long customerId) {
        return kind == AccountKind.CUSTOMER && ownerId == customerId;
    }

    /** The balance after taking {@code amount} out; refuses more than a customer account has available. */
    public Account debit(Money amount) {
        requireCanMove(amount);
        requireAvailable(amount);
        return withBalance(balance().minus(amount).amountMinor());
    }

    /** Reserves {@code amount} of the available balance for a hold on this (debit) account. */
    public Account hold(Money amount) {
        requireCanMove(amount);
        requireAvailable(amount);
        return withPending(Math.addExact(pendingDebitsMinor, amount.amountMinor()), pendingCreditsMinor);
    }

    /** Records that a hold elsewhere would bring {@code amount} into this (credit) account. */
    public Account expectCredit(Money amount) {
        requireCanMove(amount);
        // A capture must be able to credit it in full, so the promise is refused as a credit would be.
        balance().plus(amount).plus(pendingCredits());
        return withPending(pendingDebitsMinor, Math.addExact(pendingCreditsMinor, amount.amountMinor()));
    }

    /**
     * Ends a hold of {@code amount} that this account was a party to. Releasing moves no money, so it
     * works on a frozen or closed account too: an ended hold must never stay reserved.
     */
    public Account release(Money amount, boolean asDebitSide) {
        requireCurrency(amount);
        long debits = asDebitSide ? pendingDebitsMinor - amount.amountMinor() : pendingDebitsMinor;
        long credits = asDebitSide ? pendingCreditsMinor : pendingCreditsMinor - amount.amountMinor();
        if (debits < 0 || credits < 0) {
            throw new IllegalStateException("account " + id + " releases " + amount + " it does not hold");
        }
        return withPending(debits, credits);
    }

    /** Sets how far below zero the account may go; refuses a limit below what is already in use. */
    public Account withCreditLimit(Money limit) {
        requireCurrency(limit);
        if (limit.isNegative()) {
            throw Refusal.INVALID_AMOUNT.because("a credit limit cannot be negative, got " + limit);
        }
        if (limit.amountMinor() > Transfer.MAX_AMOUNT_MINOR) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("credit limit " + limit + " exceeds the largest single transfer");
        }
        if (isSystem()) {
            throw Refusal.INVALID_ARGUMENT.because("the bank's cash account " + id + " has no credit limit");
        }
        long inUse = pendingDebitsMinor - balanceMinor;
        if (limit.amountMinor() < inUse) {
            throw Refusal.CREDIT_LIMIT_IN_USE.because("account " + id + " uses " + Money.of(inUse, currency)
                    + " of credit (holds counted), more than " + limit);
        }
        return new Account(id, ownerId, currency, balanceMinor, status, kind, createdAt, limit.amountMinor(),
                pendingDebitsMinor, pendingCreditsMinor);
    }

    /** The balance after putting {@code amount} in; refuses a balance that would overflow. */
    public Account credit(Money amount) {
        requireCanMove(amount);
        return withBalance(balance().plus(amount).amountMinor());
    }

    public Account withId(long newId) {
        return new Account(newId, ownerId, currency, balanceMinor, status, kind, createdAt, creditLimitMinor,
                pendingDebitsMinor, pendingCreditsMinor);
    }

    public Account withBalance(long newBalanceMinor) {
        return new Account(id, ownerId, currency, newBalanceMinor, status, kind, createdAt, creditLimitMinor,
                pendingDebitsMinor, pendingCreditsMinor);
    }

    public Account withPending(long newPendingDebitsMinor, long newPendingCreditsMinor) {
        return new Account(id, ownerId, currency, balanceMinor, status, kind, createdAt, creditLimitMinor,
                newPendingDebitsMinor, newPendingCreditsMinor);
    }

    /** Freezing, unfreezing and closing follow one rule: a closed account stays closed, and only an empty one closes. */
    public Account withStatus(AccountStatus newStatus) {
        if (status == AccountStatus.CLOSED && newStatus != AccountStatus.CLOSED) {
            throw Refusal.ACCOUNT_NOT_ACTIVE.because("account " + id + " is closed");
        }
        if (newStatus == AccountStatus.CLOSED && balanceMinor != 0) {
            throw Refusal.ACCOUNT_NOT_EMPTY.because("account " + id + " still holds " + balance());
        }
        if (newStatus == AccountStatus.CLOSED && (pendingDebitsMinor != 0 || pendingCreditsMinor != 0)) {
            throw Refusal.ACCOUNT_NOT_EMPTY.because("account " + id + " is a party to open holds");
        }
        if (isSystem()) {
            throw Refusal.INVALID_ARGUMENT.because("the bank's cash account " + id + " cannot change status");
        }
        return new Account(id, ownerId, currency, balanceMinor, newStatus, kind, createdAt, creditLimitMinor,
                pendingDebitsMinor, pendingCreditsMinor);
    }

    private void requireAvailable(Money amount) {
        if (kind == AccountKind.CUSTOMER && availableMinor() < amount.amountMinor()) {
            throw Refusal.INSUFFICIENT_FUNDS.because("account " + id + " has " + available() + " available, less than "
                    + amount);
        }
    }

    private void requireCurrency(Money amount) {
        if (!currency.equals(amount.currency())) {
            throw Refusal.CURRENCY_MISMATCH.because("account " + id + " holds " + currency.getCurrencyCode()
                    + ", not " + amount.currency().getCurrencyCode());
        }
    }

    private void requireCanMove(Money amount) {
        requireCurrency(amount);
        if (status != AccountStatus.ACTIVE) {
            throw Refusal.ACCOUNT_NOT_ACTIVE.because("account " + id + " is " + status.name().toLowerCase());
        }
    }
}
