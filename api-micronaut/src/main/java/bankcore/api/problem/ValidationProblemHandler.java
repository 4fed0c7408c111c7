package bankcore.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean validation failures are 422 with one entry per field (Micronaut's default is 400). */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ValidationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldProblem(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).findFirst().orElse("invalid request");
        return Problems.validation(detail, errors);
    }

    /** The JSON name of the innermost property, e.g. {@code transfer.body.receiverId} gives {@code receiver_id}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return NameUtils.underscoreSeparate(name).toLowerCase(Locale.ROOT);
    }
}
