package bankcore.core.domain;

/**
 * The closed set of reasons the ledger refuses a request. Each code is stable: adapters map each
 * one exactly once (to an HTTP status, an exit code, a message), and a batch reports one per item.
 */
public enum Refusal {
    INVALID_AMOUNT,
    AMOUNT_OUT_OF_RANGE,
    UNSUPPORTED_CURRENCY,
    CURRENCY_MISMATCH,
    SAME_ACCOUNT,
    INSUFFICIENT_FUNDS,
    ACCOUNT_NOT_FOUND,
    CUSTOMER_NOT_FOUND,
    TRANSFER_NOT_FOUND,
    ACCOUNT_NOT_ACTIVE,
    ACCOUNT_NOT_EMPTY,
    ALREADY_REVERSED,
    /** Capture or void of a transfer that is not (or no longer) pending. */
    TRANSFER_NOT_PENDING,
    /** Capture or void of a hold past its expiry. */
    TRANSFER_EXPIRED,
    /** A capture of more than the hold holds. */
    CAPTURE_EXCEEDS_HOLD,
    /** A credit limit below what the account already uses. */
    CREDIT_LIMIT_IN_USE,
    DUPLICATE_EMAIL,
    IDEMPOTENCY_CONFLICT,
    INVALID_ARGUMENT,
    INVALID_CREDENTIALS,
    TOO_MANY_ATTEMPTS;

    /** Makes the exception that carries this refusal, with a sentence a person can act on. */
    public LedgerException because(String detail) {
        return new LedgerException(this, detail);
    }
}
