package bankcore.plantedcli;

import bankcore.core.Ledger;
import bankcore.persistence.sqlite.SqliteLedgerStore;

/** Planted violation, not production code: a command outside the composition root that picks the store. */
final class PlantedCliOpeningSqlite {
    SqliteLedgerStore store;
    Ledger ledger;
}
