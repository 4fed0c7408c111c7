package bankcore.persistence.sqlite;

import bankcore.core.Ledger;

/** Planted violation, not production code: the store holding the assembled core. */
final class PlantedSqliteHoldingLedger {
    Ledger ledger;
}
