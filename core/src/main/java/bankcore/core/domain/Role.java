package bankcore.core.domain;

/** What a customer may do: a plain customer moves its own money; an admin operates the bank. */
public enum Role {
    CUSTOMER,
    ADMIN
}
