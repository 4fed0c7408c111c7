package bankcore.persistence.sqlite;

/**
 * Where an account's chain of journal entries ends (V12, decision 0024): its last entry and how many
 * it has, as the account row keeps them in {@code last_seq} and {@code entries}.
 *
 * @param lastSequence the account's last entry, 0 if it has none (sequences start at 1)
 */
record AccountEnd(long lastSequence, long entries) {
    static final AccountEnd NONE = new AccountEnd(0, 0);

    /** The end after the account's next entry, {@code sequence}. */
    AccountEnd after(long sequence) {
        return new AccountEnd(sequence, entries + 1);
    }

    /** Whether the last entry is one that journal_mark holds: every {@value SqliteLedgerStore#JOURNAL_MARK_SPACING}th. */
    boolean atMark() {
        return entries > 0 && entries % SqliteLedgerStore.JOURNAL_MARK_SPACING == 0;
    }
}
