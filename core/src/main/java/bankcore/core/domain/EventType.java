package bankcore.core.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened, as the change feed names it ({@code transfer.posted}, ...), and which resource the
 * event carries. Every journal entry announces itself by its kind ({@link #ofEntry}); account and
 * customer changes name their type where they are made.
 */
public enum EventType {
    TRANSFER_POSTED("transfer.posted", Resource.TRANSFER),
    TRANSFER_PENDING("transfer.pending", Resource.TRANSFER),
    TRANSFER_CAPTURED("transfer.captured", Resource.TRANSFER),
    TRANSFER_VOIDED("transfer.voided", Resource.TRANSFER),
    TRANSFER_EXPIRED("transfer.expired", Resource.TRANSFER),
    TRANSFER_REVERSED("transfer.reversed", Resource.TRANSFER),
    ACCOUNT_OPENED("account.opened", Resource.ACCOUNT),
    ACCOUNT_FROZEN("account.frozen", Resource.ACCOUNT),
    ACCOUNT_UNFROZEN("account.unfrozen", Resource.ACCOUNT),
    ACCOUNT_CLOSED("account.closed", Resource.ACCOUNT),
    ACCOUNT_CREDIT_LIMIT_CHANGED("account.credit_limit_changed", Resource.ACCOUNT),
    CUSTOMER_REGISTERED("customer.registered", Resource.CUSTOMER);

    /** The kind of resource an event's data is. */
    public enum Resource { TRANSFER, ACCOUNT, CUSTOMER }

    private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    private final String wireName;
    private final Resource resource;

    EventType(String wireName, Resource resource) {
        this.wireName = wireName;
        this.resource = resource;
    }

    /** The name readers see, e.g. {@code transfer.posted}; stored as it is. */
    public String wireName() {
        return wireName;
    }

    public Resource resource() {
        return resource;
    }

    /** What a journal entry announces: its kind, and for a plain transfer whether it reverses another. */
    public static EventType ofEntry(Transfer entry) {
        return switch (entry.kind()) {
            case POSTED -> entry.reverses() == null ? TRANSFER_POSTED : TRANSFER_REVERSED;
            case HOLD -> TRANSFER_PENDING;
            case CAPTURE -> TRANSFER_CAPTURED;
            case VOID -> TRANSFER_VOIDED;
            case EXPIRY -> TRANSFER_EXPIRED;
        };
    }

    /** The type of a stored or requested name; refuses one this ledger does not know. */
    public static EventType of(String wireName) {
        EventType type = BY_NAME.get(wireName);
        if (type == null) {
            throw Refusal.INVALID_ARGUMENT.because("unknown event type '" + wireName + "'");
        }
        return type;
    }
}
