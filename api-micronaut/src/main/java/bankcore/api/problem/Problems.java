package bankcore.api.problem;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.TransferNotPendingException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Builds problem responses, so that every error body is shaped and typed the same way. */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(ProblemKind kind, String detail) {
        return asProblem(HttpResponse.status(kind.status()), kind.problem(detail));
    }

    public static MutableHttpResponse<Problem> validation(String detail, List<Problem.FieldProblem> errors) {
        Problem problem = new Problem(ProblemKind.VALIDATION_FAILED.type(), ProblemKind.VALIDATION_FAILED.title(),
                ProblemKind.VALIDATION_FAILED.status().getCode(), detail, errors);
        return asProblem(HttpResponse.status(ProblemKind.VALIDATION_FAILED.status()), problem);
    }

    /** A 422 about one top-level field of the body, to throw from a controller when a rule spans fields. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemKind.VALIDATION_FAILED, field + ": " + message,
                List.of(Problem.FieldProblem.inBody("/" + field, message)));
    }

    /** A 422 about a query parameter, which has a name but no place in the body. */
    public static ProblemException invalidParameter(String name, String message) {
        return new ProblemException(ProblemKind.VALIDATION_FAILED, name + ": " + message,
                List.of(Problem.FieldProblem.outsideBody(name, message)));
    }

    /**
     * Reads a top-level field of the body with a rule of the core (an amount, a currency): a refusal is its
     * usual problem, naming the field.
     */
    public static <T> T readField(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (LedgerException refused) {
            ProblemKind kind = LedgerProblemHandler.kindOf(refused.refusal());
            String detail = refused.detail().startsWith(field + " ") ? refused.detail()
                    : field + ": " + refused.detail();
            throw new ProblemException(kind, detail,
                    List.of(Problem.FieldProblem.inBody("/" + field, refused.detail())));
        }
    }

    /**
     * The problem for a refusal thrown by the core or by the web layer, for a response that reports it among
     * others (a batch's items). Anything else is a programmer error and is thrown on.
     */
    public static Problem problemOf(RuntimeException refusal) {
        if (refusal instanceof ProblemException problem) {
            return problem.problem();
        }
        Problem problem = kindOf(refusal).problem(refusal.getMessage());
        // A capture or void of a transfer that is not pending says where it stands, alone or as a batch's item.
        return refusal instanceof TransferNotPendingException notPending
                ? problem.withTransferStatus(notPending.status().name().toLowerCase(Locale.ROOT)) : problem;
    }

    static ProblemKind kindOf(RuntimeException refusal) {
        if (refusal instanceof ProblemException problem) {
            return problem.kind();
        }
        if (refusal instanceof LedgerException ledger) {
            return LedgerProblemHandler.kindOf(ledger.refusal());
        }
        throw refusal;
    }

    static MutableHttpResponse<Problem> asProblem(MutableHttpResponse<?> response, Problem problem) {
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
