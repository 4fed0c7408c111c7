package bankcore.core.domain;

import java.util.Objects;

/**
 * A caller's promise that two requests with the same key are one request. Keys are scoped to the
 * caller (two customers may both use "order-1"), 1 to 255 printable ASCII characters.
 *
 * @param scope who is asking, e.g. {@code "customer:42"}
 */
public record IdempotencyKey(String scope, String key) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw Refusal.INVALID_ARGUMENT.because("Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters");
        }
    }
}
