package bankcore.core.port.out;

import bankcore.core.domain.Outcome;
import bankcore.core.domain.StoreHealth;

import java.util.List;

/**
 * The write side of the ledger: a batch of commands applied in one durable transaction, each
 * command atomically. An implementation may group the batches of concurrent callers into one
 * transaction (group commit).
 */
public interface LedgerWriter {

    /**
     * Applies the commands in order in one transaction and returns once it is durable, with one
     * outcome per command. A command refused with a {@code LedgerException} leaves no trace; one
     * that fails otherwise fails this call alone, and nothing of the batch is stored.
     */
    <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands);

    /**
     * Whether a write would be taken now, as far as the store knows without writing (a store that
     * cannot be blocked by anyone else is always writable). A store that cannot write answers with
     * a {@code StoreBusyException} or {@code StoreFailureException} within a bounded wait.
     */
    default StoreHealth health() {
        return StoreHealth.WRITABLE;
    }
}
