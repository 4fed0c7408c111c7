package bankcore.api.problem;

/** Thrown by the web layer to answer with a problem of a given kind; mapped by {@link ProblemExceptionHandler}. */
public final class ProblemException extends RuntimeException {

    private final transient ProblemKind kind;

    public ProblemException(ProblemKind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    public ProblemKind kind() {
        return kind;
    }
}
