package bankcore.persistence.sqlite;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountKind;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.AuditAction;
import bankcore.core.domain.AuditContext;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventData;
import bankcore.core.domain.EventType;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.Money;
import bankcore.core.domain.Role;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps rows to domain values and back. Times are stored as UTC epoch microseconds. */
final class Rows {
    static final String CUSTOMER_COLUMNS = "id, name, email, role, created_at, password_hash";
    static final String ACCOUNT_COLUMNS = "id, owner_id, currency, balance, status, kind, created_at, credit_limit, "
            + "pending_debits, pending_credits";
    static final String TRANSFER_COLUMNS = "seq, id, debit_account_id, credit_account_id, amount, currency, "
            + "description, created_at, reverses, debit_balance_after, credit_balance_after, hash, kind, ends, expires_at, "
            + "debit_pending_debits_after, debit_pending_credits_after, debit_credit_limit_after, "
            + "credit_pending_debits_after, credit_pending_credits_after, credit_credit_limit_after";
    static final String EVENT_COLUMNS = "position, id, type, occurred_at, data";
    /** The feed after a position, each event with the journal entry it names, if it names one. */
    static final String EVENTS_AFTER = "SELECT e.position, e.id, e.type, e.occurred_at, e.data, e.entry_seq, "
            + Arrays.stream(TRANSFER_COLUMNS.split(", ")).map(column -> "j." + column).collect(Collectors.joining(", "))
            + " FROM event e LEFT JOIN journal j ON j.seq = e.entry_seq WHERE e.position > ? ORDER BY e.position LIMIT ?";

    /** Look-ups that both the writer (inside its transaction) and the readers make. */
    static final String ACCOUNT_BY_ID = "SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE id = ?";
    static final String CASH_ACCOUNT = "SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE kind = 'SYSTEM' AND currency = ?";
    static final String CUSTOMER_BY_ID = "SELECT " + CUSTOMER_COLUMNS + " FROM customer WHERE id = ?";
    static final String CUSTOMER_BY_EMAIL = "SELECT " + CUSTOMER_COLUMNS + " FROM customer WHERE email = ?";
    static final String ANY_ADMIN = "SELECT 1 FROM customer WHERE role = 'ADMIN' LIMIT 1";
    /** The audit row's columns as written: its sequence is the row id SQLite assigns. */
    static final String AUDIT_INSERT_COLUMNS = "at, action, actor_id, client_address, request_id, account_id, transfer_id, "
            + "credit_limit";
    static final String AUDIT_COLUMNS = "seq, " + AUDIT_INSERT_COLUMNS;
    static final String TRANSFER_BY_ID = "SELECT " + TRANSFER_COLUMNS + " FROM journal WHERE id = ?";
    static final String ENDING_OF = "SELECT " + TRANSFER_COLUMNS + " FROM journal WHERE ends = ?";

    private Rows() {
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                instant(rs.getLong(5)), rs.getString(6));
    }

    static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getLong(2), Currency.getInstance(rs.getString(3)), rs.getLong(4),
                AccountStatus.valueOf(rs.getString(5)), AccountKind.valueOf(rs.getString(6)), instant(rs.getLong(7)),
                rs.getLong(8), rs.getLong(9), rs.getLong(10));
    }

    static Transfer transfer(ResultSet rs) throws SQLException {
        return transfer(rs, 0);
    }

    /** The entry in {@link #TRANSFER_COLUMNS}' order, after the first {@code skip} columns of the row. */
    private static Transfer transfer(ResultSet rs, int skip) throws SQLException {
        String reverses = rs.getString(skip + 9);
        String ends = rs.getString(skip + 14);
        long expiresAt = rs.getLong(skip + 15);
        Instant expiry = rs.wasNull() ? null : instant(expiresAt);
        return new Transfer(UUID.fromString(rs.getString(skip + 2)), rs.getLong(skip + 1), rs.getLong(skip + 3),
                rs.getLong(skip + 4), Money.of(rs.getLong(skip + 5), Currency.getInstance(rs.getString(skip + 6))),
                rs.getString(skip + 7), instant(rs.getLong(skip + 8)), reverses == null ? null : UUID.fromString(reverses),
                rs.getLong(skip + 10), rs.getLong(skip + 11), rs.getString(skip + 12),
                TransferKind.valueOf(rs.getString(skip + 13)), ends == null ? null : UUID.fromString(ends), expiry,
                holds(rs, skip + 16), holds(rs, skip + 19));
    }

    /** The three columns from {@code first} on: pending debits, pending credits, credit limit (NULL: unknown). */
    private static HoldsAndLimit holds(ResultSet rs, int first) throws SQLException {
        long limit = rs.getLong(first + 2);
        OptionalLong creditLimit = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(limit);
        return new HoldsAndLimit(rs.getLong(first), rs.getLong(first + 1), creditLimit);
    }

    static AuditEntry auditEntry(ResultSet rs) throws SQLException {
        long actor = rs.getLong(4);
        OptionalLong actorId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(actor);
        String transferId = rs.getString(8);
        long limit = rs.getLong(9);
        OptionalLong creditLimit = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(limit);
        return new AuditEntry(rs.getLong(1), instant(rs.getLong(2)), AuditAction.valueOf(rs.getString(3)),
                new AuditContext(actorId, rs.getString(5), rs.getString(6)), rs.getLong(7),
                Optional.ofNullable(transferId).map(UUID::fromString), creditLimit);
    }

    /** A row of {@link #EVENTS_AFTER}: an entry's event gets its data rendered from the entry (decision 0025). */
    static Event event(ResultSet rs) throws SQLException {
        rs.getLong(6);
        String data = rs.wasNull() ? rs.getString(5) : EventData.of(transfer(rs, 6));
        return new Event(rs.getLong(1), UUID.fromString(rs.getString(2)), EventType.of(rs.getString(3)),
                instant(rs.getLong(4)), data);
    }

    /** Saturates instead of overflowing, so open-ended ranges (Instant.MIN/MAX) work as bounds. */
    static long micros(Instant instant) {
        if (instant.isBefore(Instant.EPOCH.minus(100_000, ChronoUnit.DAYS))) {
            return Long.MIN_VALUE;
        }
        if (instant.isAfter(Instant.EPOCH.plus(100_000, ChronoUnit.DAYS))) {
            return Long.MAX_VALUE;
        }
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
