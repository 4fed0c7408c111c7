package bankcore.core.port.out;

/**
 * One unit of work on the ledger, applied by the store inside its write transaction. A command
 * that throws a {@code LedgerException} is rolled back alone (its savepoint); the other commands
 * of the same transaction still commit. The rules live in the command (that is, in the core); the
 * store only provides the reads and writes of {@link LedgerTransaction}.
 */
@FunctionalInterface
public interface LedgerCommand<T> {
    T applyTo(LedgerTransaction tx);
}
