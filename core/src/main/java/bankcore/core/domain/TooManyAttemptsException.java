package bankcore.core.domain;

import java.time.Duration;

/** A login refused because too many recent attempts for the same e-mail failed. */
public final class TooManyAttemptsException extends LedgerException {
    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super(Refusal.TOO_MANY_ATTEMPTS, "too many failed logins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
