package bankcore.plantedcli;

import bankcore.persistence.select.LedgerDatabase;

/** Planted violation, not production code: a command outside the composition root that picks the store by BANK_DB. */
final class PlantedCliSelectingTheStore {
    LedgerDatabase database;
}
