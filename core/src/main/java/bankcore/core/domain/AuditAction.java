package bankcore.core.domain;

/** What an audit row records: each way money moves, and each control an admin has over an account. */
public enum AuditAction {
    TRANSFER,
    DEPOSIT,
    WITHDRAWAL,
    REVERSAL,
    HOLD,
    CAPTURE,
    VOID,
    EXPIRY,
    FREEZE_ACCOUNT,
    UNFREEZE_ACCOUNT,
    CLOSE_ACCOUNT,
    SET_CREDIT_LIMIT;

    /** The control that puts an account into {@code status}. */
    public static AuditAction settingStatus(AccountStatus status) {
        return switch (status) {
            case FROZEN -> FREEZE_ACCOUNT;
            case ACTIVE -> UNFREEZE_ACCOUNT;
            case CLOSED -> CLOSE_ACCOUNT;
        };
    }
}
