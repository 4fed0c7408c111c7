package bankcore.core.service;

import bankcore.core.domain.StoreHealth;
import bankcore.core.port.in.StoreStatus;
import bankcore.core.port.out.LedgerWriter;

/** Asks the writer, which knows whether its last attempt to take the write lock succeeded. */
public final class StoreStatusService implements StoreStatus {
    private final LedgerWriter writer;

    public StoreStatusService(LedgerWriter writer) {
        this.writer = writer;
    }

    @Override
    public StoreHealth health() {
        return writer.health();
    }
}
