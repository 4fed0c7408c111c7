package bankcore.core.domain;

import java.util.Objects;

/**
 * An expected refusal of a request: insufficient funds, an unknown account, a malformed amount...
 * It always carries a {@link Refusal} code, which is what adapters switch on; the detail is for people.
 * Programmer errors (null arguments, impossible states) are not refusals and throw the JDK's exceptions.
 */
public class LedgerException extends RuntimeException {
    private final Refusal refusal;

    public LedgerException(Refusal refusal, String detail) {
        super(detail, null, false, false);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public Refusal refusal() {
        return refusal;
    }

    public String detail() {
        return getMessage();
    }

    @Override
    public String toString() {
        return refusal + ": " + getMessage();
    }
}
