package bankcore.api.problem;

import java.util.List;

/** Thrown by the web layer to answer with a problem of a given kind; mapped by {@link ProblemExceptionHandler}. */
public final class ProblemException extends RuntimeException {

    private final transient ProblemKind kind;
    private final transient List<Problem.FieldProblem> errors;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<Problem.FieldProblem> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<Problem.FieldProblem> errors() {
        return errors;
    }
}
