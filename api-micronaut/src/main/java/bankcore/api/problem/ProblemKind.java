package bankcore.api.problem;

import io.micronaut.http.HttpStatus;

/**
 * Every kind of problem this API reports, each with its status and its stable type.
 * Adapters map each core refusal code to exactly one of these.
 */
public enum ProblemKind {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "Bad request"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON"),
    INSUFFICIENT_FUNDS(HttpStatus.BAD_REQUEST, "insufficient-funds", "Insufficient funds"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized"),
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "bad-credentials", "Bad credentials"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    REGISTRATION_CLOSED(HttpStatus.FORBIDDEN, "registration-closed", "Registration closed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "account-not-found", "Account not found"),
    CUSTOMER_NOT_FOUND(HttpStatus.NOT_FOUND, "customer-not-found", "Customer not found"),
    TRANSFER_NOT_FOUND(HttpStatus.NOT_FOUND, "transfer-not-found", "Transfer not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
    ACCOUNT_NOT_ACTIVE(HttpStatus.CONFLICT, "account-not-active", "Account not active"),
    ACCOUNT_NOT_EMPTY(HttpStatus.CONFLICT, "account-not-empty", "Account not empty"),
    ALREADY_REVERSED(HttpStatus.CONFLICT, "already-reversed", "Transfer already reversed"),
    TRANSFER_NOT_PENDING(HttpStatus.CONFLICT, "transfer-not-pending", "Transfer not pending"),
    TRANSFER_EXPIRED(HttpStatus.CONFLICT, "transfer-expired", "Transfer expired"),
    CREDIT_LIMIT_IN_USE(HttpStatus.CONFLICT, "credit-limit-in-use", "Credit limit in use"),
    EMAIL_TAKEN(HttpStatus.CONFLICT, "email-taken", "E-mail already registered"),
    IDEMPOTENCY_IN_FLIGHT(HttpStatus.CONFLICT, "idempotency-key-in-flight",
            "A request with this Idempotency-Key is still in flight"),
    REQUEST_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, "request-timeout", "Request timeout"),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(HttpStatus.REQUEST_URI_TOO_LONG, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    VALIDATION_FAILED(HttpStatus.UNPROCESSABLE_ENTITY, "validation-failed", "Validation failed"),
    INVALID_AMOUNT(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-amount", "Invalid amount"),
    AMOUNT_OUT_OF_RANGE(HttpStatus.UNPROCESSABLE_ENTITY, "amount-out-of-range", "Amount out of range"),
    UNSUPPORTED_CURRENCY(HttpStatus.UNPROCESSABLE_ENTITY, "unsupported-currency", "Unsupported currency"),
    SAME_ACCOUNT(HttpStatus.UNPROCESSABLE_ENTITY, "same-account", "Same account"),
    CURRENCY_MISMATCH(HttpStatus.UNPROCESSABLE_ENTITY, "currency-mismatch", "Currency mismatch"),
    CAPTURE_EXCEEDS_HOLD(HttpStatus.UNPROCESSABLE_ENTITY, "capture-exceeds-hold", "Capture exceeds the hold"),
    IDEMPOTENCY_MISMATCH(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
            "Idempotency-Key reused with another request"),
    TOO_MANY_FAILED_LOGINS(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins", "Too many failed logins"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
            "Request header fields too large"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal server error"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable");

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemKind(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return Problem.TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(type(), title, status.getCode(), detail, null);
    }

    /**
     * The generic kind (the first one declared) for a status that no specific handler claimed, such as
     * Micronaut's own 404 or 405.
     */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status.getCode() == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
