package bankcore.core.port.in;

import bankcore.core.domain.LedgerReport;

/**
 * Checks the ledger's five invariants now: every currency sums to zero; every balance equals its
 * credits minus its debits; no customer account is negative; the journal is complete (gap-free,
 * each transfer once); the hash chain verifies.
 */
public interface VerifyLedger {

    LedgerReport verify();
}
