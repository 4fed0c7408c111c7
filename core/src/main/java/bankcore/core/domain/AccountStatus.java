package bankcore.core.domain;

/** Only active accounts move money. A closed account is never reopened. */
public enum AccountStatus {
    ACTIVE,
    FROZEN,
    CLOSED
}
