package bankcore.core.domain;

import java.util.Objects;

/**
 * An all-or-nothing batch refused because one of its items was: the item's position (counted from 0) and its
 * own refusal. It carries that refusal's code and detail, so an adapter that maps codes answers it as it would
 * the item alone, and one that cares which item failed can say so.
 */
public final class BatchItemRefusedException extends LedgerException {
    private final int index;
    private final transient LedgerException itemRefusal;

    public BatchItemRefusedException(int index, LedgerException itemRefusal) {
        super(itemRefusal.refusal(), itemRefusal.detail());
        if (index < 0) {
            throw new IllegalArgumentException("a batch item's index is not negative, got " + index);
        }
        this.index = index;
        this.itemRefusal = Objects.requireNonNull(itemRefusal, "itemRefusal");
    }

    /** The refused item's position in the batch, counted from 0. */
    public int index() {
        return index;
    }

    /** The refusal the item got, as it would have alone (a subclass such as a login throttle's included). */
    public LedgerException itemRefusal() {
        return itemRefusal;
    }

    @Override
    public String toString() {
        return "item " + index + ": " + super.toString();
    }
}
