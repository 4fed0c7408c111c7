package bankcore.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the change feed, written in the same transaction as the change it describes. The
 * {@code position} is gap-free and increasing across the whole ledger; {@code data} is a snapshot
 * of the resource right after the change, in {@link EventData}'s store-neutral encoding, so that
 * every store keeps the same text and every reader renders it its own way.
 */
public record Event(long position, UUID id, EventType type, Instant occurredAt, String data) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
        if (position < 1) {
            throw new IllegalArgumentException("event position must be at least 1, got " + position);
        }
    }

    /** The transfer this event carries; only for a transfer event. */
    public Transfer transfer() {
        requireResource(EventType.Resource.TRANSFER);
        return EventData.transfer(data);
    }

    /** The account this event carries; only for an account event. */
    public Account account() {
        requireResource(EventType.Resource.ACCOUNT);
        return EventData.account(data);
    }

    /** The customer this event carries (never with a password hash); only for a customer event. */
    public Customer customer() {
        requireResource(EventType.Resource.CUSTOMER);
        return EventData.customer(data);
    }

    private void requireResource(EventType.Resource resource) {
        if (type.resource() != resource) {
            throw new IllegalStateException("event " + position + " (" + type.wireName() + ") does not carry a "
                    + resource.name().toLowerCase());
        }
    }
}
