package bankcore.core.port.in;

import bankcore.core.domain.StoreHealth;

/** Whether the ledger's store can write now: what an operator's readiness check asks. */
public interface StoreStatus {

    StoreHealth health();
}
