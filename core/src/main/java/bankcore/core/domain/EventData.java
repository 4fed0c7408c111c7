package bankcore.core.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The store-neutral text of an event's resource: {@code key=value} pairs joined by {@code &}, free
 * text percent-encoded (as an HTML form is), times as ISO-8601 instants, money in minor units. The
 * core writes it and reads it back as the domain record, so no store and no JSON library is
 * involved, and each front end renders the record as it renders the live resource. Decoding ignores
 * keys it does not know, so a field added later does not break an older reader.
 */
public final class EventData {
    private EventData() {
    }

    public static String of(Transfer t) {
        StringBuilder out = new StringBuilder(256);
        put(out, "id", t.id().toString());
        put(out, "sequence", t.sequence());
        put(out, "debit_account_id", t.debitAccountId());
        put(out, "credit_account_id", t.creditAccountId());
        put(out, "amount_minor", t.amount().amountMinor());
        put(out, "currency", t.amount().currency().getCurrencyCode());
        putText(out, "description", t.description());
        put(out, "created_at", t.createdAt().toString());
        if (t.reverses() != null) {
            put(out, "reverses", t.reverses().toString());
        }
        put(out, "debit_balance_after_minor", t.debitBalanceAfterMinor());
        put(out, "credit_balance_after_minor", t.creditBalanceAfterMinor());
        put(out, "hash", t.hash());
        put(out, "kind", t.kind().name());
        if (t.ends() != null) {
            put(out, "ends", t.ends().toString());
        }
        if (t.expiresAt() != null) {
            put(out, "expires_at", t.expiresAt().toString());
        }
        putHolds(out, "debit_", t.debitHoldsAfter());
        putHolds(out, "credit_", t.creditHoldsAfter());
        return out.toString();
    }

    public static String of(Account a) {
        StringBuilder out = new StringBuilder(128);
        put(out, "id", a.id());
        put(out, "owner_id", a.ownerId());
        put(out, "currency", a.currency().getCurrencyCode());
        put(out, "balance_minor", a.balanceMinor());
        put(out, "status", a.status().name());
        put(out, "kind", a.kind().name());
        put(out, "created_at", a.createdAt().toString());
        put(out, "credit_limit_minor", a.creditLimitMinor());
        put(out, "pending_debits_minor", a.pendingDebitsMinor());
        put(out, "pending_credits_minor", a.pendingCreditsMinor());
        return out.toString();
    }

    /** Leaves the password hash out: the feed is read by other systems. */
    public static String of(Customer c) {
        StringBuilder out = new StringBuilder(128);
        put(out, "id", c.id());
        putText(out, "name", c.name());
        putText(out, "email", c.email());
        put(out, "role", c.role().name());
        put(out, "created_at", c.createdAt().toString());
        return out.toString();
    }

    static Transfer transfer(String data) {
        Map<String, String> f = decode(data);
        return new Transfer(UUID.fromString(f.get("id")), number(f, "sequence"), number(f, "debit_account_id"),
                number(f, "credit_account_id"),
                Money.of(number(f, "amount_minor"), Currency.getInstance(f.get("currency"))), f.get("description"),
                Instant.parse(f.get("created_at")), uuidOrNull(f.get("reverses")),
                number(f, "debit_balance_after_minor"), number(f, "credit_balance_after_minor"), f.get("hash"),
                TransferKind.valueOf(f.getOrDefault("kind", TransferKind.POSTED.name())), uuidOrNull(f.get("ends")),
                f.containsKey("expires_at") ? Instant.parse(f.get("expires_at")) : null, holds(f, "debit_"),
                holds(f, "credit_"));
    }

    static Account account(String data) {
        Map<String, String> f = decode(data);
        return new Account(number(f, "id"), number(f, "owner_id"), Currency.getInstance(f.get("currency")),
                number(f, "balance_minor"), AccountStatus.valueOf(f.get("status")), AccountKind.valueOf(f.get("kind")),
                Instant.parse(f.get("created_at")), numberOrZero(f, "credit_limit_minor"),
                numberOrZero(f, "pending_debits_minor"), numberOrZero(f, "pending_credits_minor"));
    }

    static Customer customer(String data) {
        Map<String, String> f = decode(data);
        return new Customer(number(f, "id"), f.get("name"), f.get("email"), Role.valueOf(f.get("role")),
                Instant.parse(f.get("created_at")), null);
    }

    private static void putHolds(StringBuilder out, String side, HoldsAndLimit holds) {
        put(out, side + "pending_debits_after_minor", holds.pendingDebitsMinor());
        put(out, side + "pending_credits_after_minor", holds.pendingCreditsMinor());
        if (holds.creditLimitMinor().isPresent()) {
            put(out, side + "credit_limit_after_minor", holds.creditLimitMinor().getAsLong());
        }
    }

    /** Data written before entries kept their holds lacks them: nothing on hold, a limit not known. */
    private static HoldsAndLimit holds(Map<String, String> f, String side) {
        String limitKey = side + "credit_limit_after_minor";
        return new HoldsAndLimit(numberOrZero(f, side + "pending_debits_after_minor"),
                numberOrZero(f, side + "pending_credits_after_minor"),
                f.containsKey(limitKey) ? OptionalLong.of(number(f, limitKey)) : OptionalLong.empty());
    }

    private static void put(StringBuilder out, String key, Object value) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(key).append('=').append(value);
    }

    private static void putText(StringBuilder out, String key, String value) {
        put(out, key, URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static Map<String, String> decode(String data) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : data.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("event data is not key=value pairs: " + data);
            }
            fields.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** A field that data written before holds existed lacks. */
    private static long numberOrZero(Map<String, String> fields, String key) {
        return fields.containsKey(key) ? number(fields, key) : 0;
    }

    private static UUID uuidOrNull(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private static long number(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("event data lacks " + key);
        }
        return Long.parseLong(value);
    }
}
