package bankcore.core.port.in;

import bankcore.core.port.out.LedgerStore;

/** Planted violation, not production code: an in-port that hands its caller the store. */
interface PlantedInPortReturningStore {
    LedgerStore store();
}
