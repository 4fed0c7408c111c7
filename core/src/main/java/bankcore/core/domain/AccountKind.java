package bankcore.core.domain;

/**
 * A customer's account never goes below zero. The bank's cash account (one per currency) is a
 * system account that may: a deposit is a transfer from it, so money is never created from nothing.
 */
public enum AccountKind {
    CUSTOMER,
    SYSTEM
}
