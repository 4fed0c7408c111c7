package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventData;
import bankcore.core.domain.EventType;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.LedgerTransaction;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Records a change in the feed, inside the command's transaction: one line in the command that
 * makes the change ({@code Events.record(tx, EventType.ACCOUNT_FROZEN, now, account)}), so the
 * event commits, or is undone, with it.
 */
final class Events {
    private Events() {
    }

    static void record(LedgerTransaction tx, EventType type, Instant occurredAt, Transfer transfer) {
        append(tx, type, occurredAt, EventData.of(transfer));
    }

    static void record(LedgerTransaction tx, EventType type, Instant occurredAt, Account account) {
        append(tx, type, occurredAt, EventData.of(account));
    }

    static void record(LedgerTransaction tx, EventType type, Instant occurredAt, Customer customer) {
        append(tx, type, occurredAt, EventData.of(customer));
    }

    /**
     * The id is derived from what the event is (name-based UUID), not drawn at random: a ledger
     * built twice from the same input gets the same feed, and the position makes it unique.
     */
    private static void append(LedgerTransaction tx, EventType type, Instant occurredAt, String data) {
        long position = tx.lastEventPosition() + 1;
        UUID id = UUID.nameUUIDFromBytes((position + "|" + type.wireName() + "|" + data)
                .getBytes(StandardCharsets.UTF_8));
        tx.appendEvent(new Event(position, id, type, occurredAt, data));
    }
}
