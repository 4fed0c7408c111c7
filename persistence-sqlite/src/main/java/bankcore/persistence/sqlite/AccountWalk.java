package bankcore.persistence.sqlite;

/**
 * How the readers find an account's entries without an index per side (V12, decision 0024): every
 * entry links to the previous entry of each of its two accounts, the account row names its last
 * entry, and every {@value SqliteLedgerStore#JOURNAL_MARK_SPACING}th entry of an account is in
 * {@code journal_mark}. A walk over a range of the journal starts at the account's first mark above
 * the range (or at its last entry), so it passes at most
 * {@value SqliteLedgerStore#JOURNAL_MARK_SPACING} entries before the range begins, and follows the
 * links down to the range's lowest sequence. Each step is a look-up of the journal's rowid.
 *
 * <p>The text is a recursive CTE named {@code walk(walk_account, walk_seq)} for the statement that
 * follows it to read. Its rows may include, per account, entries above the range, the one below it
 * or NULL, and an entry between two walked accounts once for each: the statement filters, orders
 * and removes duplicates itself.
 */
final class AccountWalk {
    /** Where a walk of account a begins: its first mark above the range's highest sequence, else its last entry. */
    private static final String START = "coalesce((SELECT min(m.seq) FROM journal_mark m WHERE m.account_id = a.id "
            + "AND m.seq > ?), a.last_seq)";
    /** The walked account's previous entry, from the row j of the entry the walk is at. */
    private static final String PREVIOUS = "CASE WHEN j.debit_account_id = walk_account THEN j.debit_prev_seq "
            + "ELSE j.credit_prev_seq END";

    private AccountWalk() {
    }

    /**
     * Every entry of the accounts in the range. Parameters, in order: the range's highest sequence, those of
     * {@code seeds}, the range's lowest sequence.
     *
     * @param seeds the accounts to walk: a condition on {@code account a}, such as {@code a.id = ?}
     */
    static String walk(String seeds) {
        return start(seeds) + ") ";
    }

    /**
     * One account's rows down to its {@code n}th entry in the range, and no further. Parameters, in order: the
     * range's highest sequence, the account, the range's highest sequence again, the range's lowest sequence,
     * then {@code n}.
     */
    static String newestOfAccount() {
        // One account's links run newest first by themselves, so the walk can count: found is how many of the
        // rows before this one were in the range, and the walk stops at the nth.
        return "WITH RECURSIVE walk(walk_account, walk_seq, found) AS ("
                + "SELECT a.id, " + START + ", 0 FROM account a WHERE a.id = ?"
                + " UNION ALL SELECT walk_account, " + PREVIOUS + ", found + (walk_seq <= ?) FROM walk JOIN journal j "
                + "ON j.seq = walk_seq WHERE walk_seq > ? AND found + (walk_seq <= ?3) < ?) ";
    }

    /**
     * Enough rows for the newest {@code n} entries of several accounts in the range, and few more. Parameters,
     * in order: the range's highest sequence, those of {@code seeds}, the range's lowest sequence, those of
     * {@code seeds} again, then {@code n}.
     */
    static String newest(String seeds) {
        // The ORDER BY makes the queue a priority queue: rows come newest first across all the accounts, so
        // the newest n entries are among the first (64 + 1) per account above the range plus 2n (an entry
        // between two walked accounts comes twice). It costs about twice a plain walk per row.
        return start(seeds) + " ORDER BY 2 DESC LIMIT (SELECT count(*) FROM account a WHERE " + seeds + ") * "
                + (SqliteLedgerStore.JOURNAL_MARK_SPACING + 1) + " + 2 * ?) ";
    }

    private static String start(String seeds) {
        return "WITH RECURSIVE walk(walk_account, walk_seq) AS (SELECT a.id, " + START + " FROM account a WHERE " + seeds
                + " UNION ALL SELECT walk_account, " + PREVIOUS + " FROM walk JOIN journal j ON j.seq = walk_seq "
                + "WHERE walk_seq > ?";
    }
}
