package bankcore.persistence.planted;

import bankcore.persistence.select.LedgerDatabase;

/** Planted violation, not production code: a store that opens another store through the selector. */
final class PlantedStoreUsingTheSelector {
    LedgerDatabase database;
}
