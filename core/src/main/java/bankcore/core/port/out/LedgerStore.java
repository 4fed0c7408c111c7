package bankcore.core.port.out;

/**
 * Where the ledger lives, all its sides in one: what a store adapter implements and an embedding
 * application opens. The services each take only the side they need ({@link LedgerWriter},
 * {@link AccountReader}, {@link JournalReader}, {@link AnalyticsReader}, {@link EventReader}). Reads see only
 * committed data.
 */
public interface LedgerStore extends LedgerWriter, AccountReader, JournalReader, AnalyticsReader, AuditReader, EventReader,
        AutoCloseable {

    @Override
    void close();
}
