package bankcore.core.domain;

import bankcore.core.port.out.LedgerStore;

/** Planted violation, not production code: a domain value that holds the store. */
final class PlantedDomainUsingOutPort {
    LedgerStore store;
}
