package bankcore.client;

import bankcore.client.model.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.Optional;

/**
 * The RFC 9457 problem inside a failed call: the generated client throws {@link ApiException} with the body
 * as text, and every error of the API is an {@code application/problem+json} body.
 */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    /** The problem the server sent, or empty when the body was not one (a proxy's error page, say). */
    public static Optional<Problem> of(ApiException failure) {
        String body = failure.getResponseBody();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.getDefault().getMapper().readValue(body, Problem.class));
        } catch (JsonProcessingException notAProblem) {
            return Optional.empty();
        }
    }

    /** The problem's type without the API's prefix, e.g. {@code insufficient-funds}. */
    public static Optional<String> type(ApiException failure) {
        return of(failure).map(Problem::getType).map(type -> type.substring(type.lastIndexOf(':') + 1));
    }
}
