package bankcore.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonSyntaxException;

import java.util.List;

/**
 * Decides what a body that could not be bound was: JSON that does not parse (400) or JSON of the wrong
 * shape, such as a wrong type or an unknown field (422, like any other validation failure).
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static HttpResponse<Problem> problem(Throwable failure) {
        if (isSyntaxError(failure)) {
            return Problems.response(ProblemKind.MALFORMED_JSON, "The body is not valid JSON");
        }
        String reason = reason(failure);
        return Problems.validation(reason, List.of(new Problem.FieldProblem("body", reason)));
    }

    private static boolean isSyntaxError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException || cause instanceof JsonSyntaxException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The innermost message, without the parser's location suffix (which only says "REDACTED"). */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? "The body does not have the expected shape"
                : innermost.getMessage();
        int location = message.indexOf("\n at [Source");
        return (location >= 0 ? message.substring(0, location) : message).strip();
    }
}
