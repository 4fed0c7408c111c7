package bankcore.core.domain;

import java.util.Objects;

/**
 * Whether the store can take writes now, as far as it knows without writing: what a readiness
 * check reports. {@code problem} says why not, in words for an operator (empty when writable).
 */
public record StoreHealth(boolean writable, String problem) {
    public static final StoreHealth WRITABLE = new StoreHealth(true, "");

    public StoreHealth {
        Objects.requireNonNull(problem, "problem");
        if (writable != problem.isEmpty()) {
            throw new IllegalArgumentException("a writable store has no problem; one that cannot write says why");
        }
    }

    public static StoreHealth cannotWrite(String problem) {
        return new StoreHealth(false, problem);
    }
}
