package bankcore.persistence.postgres;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountKind;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.AuditAction;
import bankcore.core.domain.AuditContext;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
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
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Maps PostgreSQL rows to domain values, by column name. Times are stored as UTC epoch microseconds. */
final class PgRows {
    static final String CUSTOMER_COLUMNS = "id, name, email, role, created_at, password_hash";
    static final String ACCOUNT_COLUMNS = "id, owner_id, currency, balance, status, kind, created_at, credit_limit, "
            + "pending_debits, pending_credits";
    static final String TRANSFER_COLUMNS = "seq, id, debit_account_id, credit_account_id, amount, currency, "
            + "description, created_at, reverses, debit_balance_after, credit_balance_after, hash, kind, ends, expires_at, "
            + "debit_pending_debits_after, debit_pending_credits_after, debit_credit_limit_after, "
            + "credit_pending_debits_after, credit_pending_credits_after, credit_credit_limit_after";
    static final String EVENT_COLUMNS = "position, id, type, occurred_at, data";

    static final String ACCOUNT_BY_ID = "SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE id = ?";
    static final String CASH_ACCOUNT = "SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE kind = 'SYSTEM' AND currency = ?";
    static final String CUSTOMER_BY_ID = "SELECT " + CUSTOMER_COLUMNS + " FROM customer WHERE id = ?";
    static final String CUSTOMER_BY_EMAIL = "SELECT " + CUSTOMER_COLUMNS + " FROM customer WHERE email = ?";
    static final String ANY_ADMIN = "SELECT 1 FROM customer WHERE role = 'ADMIN' LIMIT 1";
    static final String AUDIT_COLUMNS = "seq, at, action, actor_id, client_address, request_id, account_id, transfer_id, "
            + "credit_limit";
    static final String TRANSFER_BY_ID = "SELECT " + TRANSFER_COLUMNS + " FROM journal WHERE id = ?";
    static final String ENDING_OF = "SELECT " + TRANSFER_COLUMNS + " FROM journal WHERE ends = ?";

    private PgRows() {
    }

    static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("position"), rs.getObject("id", UUID.class), EventType.of(rs.getString("type")),
                instant(rs.getLong("occurred_at")), rs.getString("data"));
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                Role.valueOf(rs.getString("role")), instant(rs.getLong("created_at")), rs.getString("password_hash"));
    }

    static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getLong("owner_id"), Currency.getInstance(rs.getString("currency")),
                rs.getLong("balance"), AccountStatus.valueOf(rs.getString("status")),
                AccountKind.valueOf(rs.getString("kind")), instant(rs.getLong("created_at")), rs.getLong("credit_limit"),
                rs.getLong("pending_debits"), rs.getLong("pending_credits"));
    }

    static Transfer transfer(ResultSet rs) throws SQLException {
        UUID reverses = rs.getObject("reverses", UUID.class);
        return new Transfer(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getLong("debit_account_id"),
                rs.getLong("credit_account_id"),
                Money.of(rs.getLong("amount"), Currency.getInstance(rs.getString("currency"))),
                rs.getString("description"), instant(rs.getLong("created_at")), reverses,
                rs.getLong("debit_balance_after"), rs.getLong("credit_balance_after"), rs.getString("hash"),
                TransferKind.valueOf(rs.getString("kind")), rs.getObject("ends", UUID.class), nullableInstant(rs),
                holds(rs, "debit_"), holds(rs, "credit_"));
    }

    /** One side's pending debits, pending credits and credit limit (NULL: unknown) after the entry. */
    private static HoldsAndLimit holds(ResultSet rs, String side) throws SQLException {
        return new HoldsAndLimit(rs.getLong(side + "pending_debits_after"), rs.getLong(side + "pending_credits_after"),
                nullableLong(rs, side + "credit_limit_after"));
    }

    private static OptionalLong nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Instant nullableInstant(ResultSet rs) throws SQLException {
        long micros = rs.getLong("expires_at");
        return rs.wasNull() ? null : instant(micros);
    }

    /** Saturates instead of overflowing, so open-ended ranges (Instant.MIN/MAX) work as bounds. */
    static AuditEntry auditEntry(ResultSet rs) throws SQLException {
        long actor = rs.getLong(4);
        OptionalLong actorId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(actor);
        return new AuditEntry(rs.getLong(1), instant(rs.getLong(2)), AuditAction.valueOf(rs.getString(3)),
                new AuditContext(actorId, rs.getString(5), rs.getString(6)), rs.getLong(7),
                Optional.ofNullable(rs.getObject(8, UUID.class)), nullableLong(rs, "credit_limit"));
    }

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
