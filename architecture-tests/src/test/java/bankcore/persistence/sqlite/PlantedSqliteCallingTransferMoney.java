package bankcore.persistence.sqlite;

import bankcore.core.port.in.TransferMoney;

/** Planted violation, not production code: the store calling a use case. */
final class PlantedSqliteCallingTransferMoney {
    TransferMoney transfers;
}
