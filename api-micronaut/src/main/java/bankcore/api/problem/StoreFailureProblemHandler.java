package bankcore.api.problem;

import bankcore.core.domain.StoreBusyException;
import bankcore.core.domain.StoreFailureException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * A store that is busy (its write lock held elsewhere, the database out of reach) or cannot write
 * answers 503 with {@code Retry-After}: the client may send the same request again, since nothing of
 * it was stored. The detail says so without naming internals; the log keeps the cause.
 */
@Produces
@Singleton
final class StoreFailureProblemHandler implements ExceptionHandler<StoreFailureException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailureProblemHandler.class);
    /** For a failure that gives no hint of its own (an I/O error, a full disk): soon, but not at once. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StoreFailureException exception) {
        Duration retryAfter = exception instanceof StoreBusyException busy ? busy.retryAfter() : DEFAULT_RETRY_AFTER;
        LOG.warn("{} {}: the ledger could not answer: {}", request.getMethod(), request.getPath(),
                exception.getMessage());
        MutableHttpResponse<Problem> response = Problems.response(ProblemKind.UNAVAILABLE,
                "The ledger is busy or cannot write just now; nothing of this request was stored. Retry after "
                        + "the Retry-After seconds.");
        return response.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
