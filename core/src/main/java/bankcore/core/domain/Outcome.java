package bankcore.core.domain;


import java.util.Objects;

/** What became of one command in a written batch: its result, or the refusal that rolled it back. */
public record Outcome<T>(T value, LedgerException refusal) {

    public Outcome {
        if ((value == null) == (refusal == null)) {
            throw new IllegalArgumentException("an outcome is either a value or a refusal");
        }
    }

    public static <T> Outcome<T> done(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Outcome<T> refused(LedgerException refusal) {
        return new Outcome<>(null, Objects.requireNonNull(refusal, "refusal"));
    }

    public boolean isDone() {
        return refusal == null;
    }

    /** The value, or the refusal thrown. */
    public T orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return value;
    }
}
