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
                .map(ValidationProblemHandler::fieldProblem)
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).findFirst().orElse("invalid request");
        return Problems.validation(detail, errors);
    }

    /**
     * A violation inside the body ({@code post.request.transfers[1].description}) points at its field
     * ({@code /transfers/1/description}); one of a parameter ({@code limit}) names the parameter.
     */
    private static Problem.FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        String parameter = "body";
        StringBuilder pointer = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = jsonName(node.getName());
            } else if (node.getKind() == ElementKind.PROPERTY) {
                pointer = pointer == null ? new StringBuilder() : pointer;
                if (node.isInIterable() && node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                }
                pointer.append('/').append(jsonName(node.getName()));
            }
        }
        return pointer == null ? Problem.FieldProblem.outsideBody(parameter, violation.getMessage())
                : Problem.FieldProblem.inBody(pointer.toString(), violation.getMessage());
    }

    private static String jsonName(String javaName) {
        return NameUtils.underscoreSeparate(javaName).toLowerCase(Locale.ROOT);
    }
}
