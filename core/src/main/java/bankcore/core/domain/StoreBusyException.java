package bankcore.core.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The store could not take this write within its bounded wait: another process holds the write
 * lock, or the database does not answer. Nothing of the write was stored; the same request may be
 * sent again after {@link #retryAfter()}.
 */
public class StoreBusyException extends StoreFailureException {
    private final Duration retryAfter;

    public StoreBusyException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A hint for the caller: how long the store expects the obstacle to last, at least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
