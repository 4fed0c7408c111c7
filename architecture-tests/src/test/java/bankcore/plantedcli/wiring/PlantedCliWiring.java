package bankcore.plantedcli.wiring;

import bankcore.core.Ledger;
import bankcore.persistence.sqlite.SqliteLedgerStore;

/**
 * Planted, not production code, and allowed: the composition root is where a driving adapter picks its
 * store and assembles the core, so the wiring rule must not report this class.
 */
final class PlantedCliWiring {
    SqliteLedgerStore store;
    Ledger ledger;
}
