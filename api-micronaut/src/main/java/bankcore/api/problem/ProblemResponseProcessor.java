package bankcore.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Turns every error that Micronaut itself reports (unknown route, 405, 415, 413, security's 401 and 403,
 * unexpected exceptions) into an RFC 9457 problem. Errors of our own are built by {@link Problems}.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail;
        if (status >= 500) {
            // Never send internals (messages, stack traces) to the client; the log keeps them.
            context.getRootCause()
                    .ifPresent(cause -> LOG.error("Unexpected failure on {}", context.getRequest(), cause));
            detail = "The request could not be completed. It has been logged.";
        } else {
            detail = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(kind.title());
        }
        Problem problem = new Problem(kind.type(), kind.title(), status, detail, fieldProblems(context.getErrors()));
        return Problems.asProblem(response, problem);
    }

    private static List<Problem.FieldProblem> fieldProblems(List<Error> errors) {
        return errors.stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> Problem.FieldProblem.outsideBody(error.getPath().get(), error.getMessage()))
                .toList();
    }
}
