package bankcore.seeder.generate;

/**
 * One money movement on the timeline. Accounts are {@link AccountPlan#number()}s; a loader maps
 * them to the ledger's ids. Deposits and withdrawals are against the bank's cash account.
 */
public sealed interface Movement {

    /** When, in milliseconds after the timeline's origin; movements come in non-decreasing order. */
    long atMs();

    long amountMinor();

    String description();

    record Payment(long atMs, int fromAccount, int toAccount, long amountMinor, String description)
            implements Movement {
    }

    record Deposit(long atMs, int account, long amountMinor, String description) implements Movement {
    }

    record Withdrawal(long atMs, int account, long amountMinor, String description) implements Movement {
    }
}
