package bankcore.api.problem;

import java.util.List;

/** Thrown by the web layer to answer with a problem; mapped by {@link ProblemExceptionHandler}. */
public final class ProblemException extends RuntimeException {

    private final transient ProblemKind kind;
    private final transient Problem problem;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<Problem.FieldProblem> errors) {
        this(kind, new Problem(kind.type(), kind.title(), kind.status().getCode(), detail, errors));
    }

    private ProblemException(ProblemKind kind, Problem problem) {
        super(problem.detail(), null, false, false);
        this.kind = kind;
        this.problem = problem;
    }

    /** The refusal of one item of an atomic batch: its usual problem, naming the item of the body's array. */
    public static ProblemException atItem(String arrayPointer, int index, RuntimeException refusal) {
        ProblemKind kind = Problems.kindOf(refusal);
        return new ProblemException(kind, Problems.problemOf(refusal).atItem(arrayPointer, index));
    }

    public ProblemKind kind() {
        return kind;
    }

    public Problem problem() {
        return problem;
    }
}
