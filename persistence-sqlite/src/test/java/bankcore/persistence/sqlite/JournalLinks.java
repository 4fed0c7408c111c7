package bankcore.persistence.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a ledger file's links per account (V12) against what its journal says they must be. */
final class JournalLinks {
    private JournalLinks() {
    }

    /** The links, each account's last entry and count, and the marks, as window functions over the journal define them. */
    static void assertMatchTheJournal(Path file) {
        String postings = "(SELECT debit_account_id AS account_id, seq, debit_prev_seq AS prev_seq FROM journal "
                + "UNION ALL SELECT credit_account_id, seq, credit_prev_seq FROM journal)";
        String expected = "(SELECT account_id, seq, prev_seq, lag(seq) OVER w AS expected_prev, row_number() OVER w AS n "
                + "FROM " + postings + " WINDOW w AS (PARTITION BY account_id ORDER BY seq))";
        assertThat(count(file, "SELECT count(*) FROM " + expected + " WHERE prev_seq IS NOT expected_prev"))
                .as("entries whose link is not the account's previous entry").isZero();
        assertThat(count(file, "SELECT count(*) FROM account a WHERE a.last_seq IS NOT (SELECT max(seq) FROM "
                + postings + " p WHERE p.account_id = a.id) OR a.entries <> (SELECT count(*) FROM " + postings
                + " p WHERE p.account_id = a.id)")).as("accounts whose last entry or count is wrong").isZero();
        assertThat(count(file, "SELECT count(*) FROM (SELECT account_id, seq FROM " + expected + " WHERE n % 64 = 0 "
                + "EXCEPT SELECT account_id, seq FROM journal_mark)")).as("marks missing").isZero();
        assertThat(count(file, "SELECT count(*) FROM (SELECT account_id, seq FROM journal_mark EXCEPT "
                + "SELECT account_id, seq FROM " + expected + " WHERE n % 64 = 0)")).as("marks too many").isZero();
    }

    static long count(Path file, String query) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
