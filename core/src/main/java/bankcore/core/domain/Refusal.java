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
