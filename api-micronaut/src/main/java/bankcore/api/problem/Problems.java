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
        return response(ProblemKind.VALIDATION_FAILED, detail, errors);
    }

    static MutableHttpResponse<Problem> response(ProblemKind kind, String detail, List<Problem.FieldProblem> errors) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status().getCode(), detail, errors);
        return asProblem(HttpResponse.status(kind.status()), problem);
    }

    /** A 422 about one field, to throw from a controller when a rule spans fields. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemKind.VALIDATION_FAILED, field + ": " + message,
                List.of(new Problem.FieldProblem(field, message)));
    }

    static MutableHttpResponse<Problem> asProblem(MutableHttpResponse<?> response, Problem problem) {
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
