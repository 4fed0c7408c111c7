package bankcore.core.port.in;

import bankcore.core.domain.Customer;

/** Checks a login. Repeated failures for one e-mail lock it for a while ({@code TOO_MANY_ATTEMPTS}). */
public interface Authenticate {

    /** Refused with {@code INVALID_CREDENTIALS} whether the e-mail is unknown or the password wrong. */
    Customer login(String email, char[] password);
}
