package bankcore.api.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds problem responses, so that every error body is shaped and typed the same way. */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(ProblemKind kind, String detail) {
        return asProblem(HttpResponse.status(kind.status()), kind.problem(detail));
    }

    public static MutableHttpResponse<Problem> validation(String detail, List<Problem.FieldProblem> errors) {
        ProblemKind kind = ProblemKind.VALIDATION_FAILED;
        Problem problem = new Problem(kind.type(), kind.title(), kind.status().getCode(), detail, errors);
        return asProblem(HttpResponse.status(kind.status()), problem);
    }

    static MutableHttpResponse<Problem> asProblem(MutableHttpResponse<?> response, Problem problem) {
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
