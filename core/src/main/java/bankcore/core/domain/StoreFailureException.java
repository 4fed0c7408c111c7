package bankcore.core.domain;

/**
 * The store could not do its job (disk full, file locked, I/O error). Not a refusal: the request
 * may be retried, and adapters answer "unavailable" rather than blaming the caller. When it comes
 * from a write, nothing of that write was committed.
 */
public class StoreFailureException extends RuntimeException {
    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
