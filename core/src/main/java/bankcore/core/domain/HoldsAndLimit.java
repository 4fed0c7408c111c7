package bankcore.core.domain;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What an account had on hold and could borrow right after a journal entry: with the balance after
 * the entry, its available balance then. Each entry keeps it for both of its accounts, as it keeps
 * their balances, because neither holds nor limits show in a balance: a hold lowers the available
 * balance and not the balance, and a limit is not a movement at all.
 *
 * @param creditLimitMinor the limit in force when the entry was written; empty when the journal does not
 *                         know it (an entry written before entries kept it, on an account whose limit had
 *                         been changed by then)
 */
public record HoldsAndLimit(long pendingDebitsMinor, long pendingCreditsMinor, OptionalLong creditLimitMinor) {
    /** An account with nothing on hold and no credit line: every account before its first hold. */
    public static final HoldsAndLimit NONE = new HoldsAndLimit(0, 0, OptionalLong.of(0));

    public HoldsAndLimit {
        Objects.requireNonNull(creditLimitMinor, "creditLimitMinor");
        if (pendingDebitsMinor < 0 || pendingCreditsMinor < 0 || creditLimitMinor.orElse(0) < 0) {
            throw new IllegalArgumentException("pending totals and a credit limit are never negative: "
                    + pendingDebitsMinor + ", " + pendingCreditsMinor + ", " + creditLimitMinor);
        }
    }

    public static HoldsAndLimit of(Account account) {
        return new HoldsAndLimit(account.pendingDebitsMinor(), account.pendingCreditsMinor(),
                OptionalLong.of(account.creditLimitMinor()));
    }

    /** Balance minus pending debits plus the credit limit, as {@link Account#availableMinor()}; empty when the limit is unknown. */
    public OptionalLong availableMinor(long balanceMinor) {
        if (creditLimitMinor.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Account.availableMinor(balanceMinor, pendingDebitsMinor, creditLimitMinor.getAsLong()));
    }
}
