package bankcore.api.problem;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.TooManyAttemptsException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The one place where each of the core's refusal codes becomes an HTTP status and a problem type. */
@Produces
@Singleton
final class LedgerProblemHandler implements ExceptionHandler<LedgerException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, LedgerException exception) {
        MutableHttpResponse<Problem> response = Problems.asProblem(
                HttpResponse.status(kindOf(exception.refusal()).status()), Problems.problemOf(exception));
        if (exception instanceof TooManyAttemptsException tooMany) {
            long seconds = Math.max(1, tooMany.retryAfter().toSeconds());
            response.header("Retry-After", Long.toString(seconds));
        }
        return response;
    }

    static ProblemKind kindOf(Refusal refusal) {
        return switch (refusal) {
            case INVALID_AMOUNT -> ProblemKind.INVALID_AMOUNT;
            case AMOUNT_OUT_OF_RANGE -> ProblemKind.AMOUNT_OUT_OF_RANGE;
            case UNSUPPORTED_CURRENCY -> ProblemKind.UNSUPPORTED_CURRENCY;
            case CURRENCY_MISMATCH -> ProblemKind.CURRENCY_MISMATCH;
            case SAME_ACCOUNT -> ProblemKind.SAME_ACCOUNT;
            case INSUFFICIENT_FUNDS -> ProblemKind.INSUFFICIENT_FUNDS;
            case ACCOUNT_NOT_FOUND -> ProblemKind.ACCOUNT_NOT_FOUND;
            case CUSTOMER_NOT_FOUND -> ProblemKind.CUSTOMER_NOT_FOUND;
            case TRANSFER_NOT_FOUND -> ProblemKind.TRANSFER_NOT_FOUND;
            case ACCOUNT_NOT_ACTIVE -> ProblemKind.ACCOUNT_NOT_ACTIVE;
            case ACCOUNT_NOT_EMPTY -> ProblemKind.ACCOUNT_NOT_EMPTY;
            case ALREADY_REVERSED -> ProblemKind.ALREADY_REVERSED;
            case TRANSFER_NOT_PENDING -> ProblemKind.TRANSFER_NOT_PENDING;
            case TRANSFER_EXPIRED -> ProblemKind.TRANSFER_EXPIRED;
            case CAPTURE_EXCEEDS_HOLD -> ProblemKind.CAPTURE_EXCEEDS_HOLD;
            case CREDIT_LIMIT_IN_USE -> ProblemKind.CREDIT_LIMIT_IN_USE;
            case DUPLICATE_EMAIL -> ProblemKind.EMAIL_TAKEN;
            case IDEMPOTENCY_CONFLICT -> ProblemKind.IDEMPOTENCY_MISMATCH;
            case INVALID_ARGUMENT -> ProblemKind.VALIDATION_FAILED;
            case INVALID_CREDENTIALS -> ProblemKind.BAD_CREDENTIALS;
            case TOO_MANY_ATTEMPTS -> ProblemKind.TOO_MANY_FAILED_LOGINS;
        };
    }
}
