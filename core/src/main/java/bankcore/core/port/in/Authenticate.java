package bankcore.core.port.in;

import bankcore.core.domain.Customer;

/**
 * Checks a login. Failures slow further attempts ({@code TOO_MANY_ATTEMPTS} with a wait that grows):
 * for one e-mail from one client address, and for one client address across e-mails. The owner
 * logging in from another address is not slowed by an attacker's failures.
 */
public interface Authenticate {

    /**
     * Refused with {@code INVALID_CREDENTIALS} whether the e-mail is unknown or the password wrong.
     *
     * @param clientAddress where the attempt comes from (an IP address), or {@code null} when the caller
     *                      cannot tell: then only failures for this e-mail from unknown addresses count
     */
    Customer login(String email, char[] password, String clientAddress);

    /** A login from an address the caller cannot tell, e.g. an embedding application's own. */
    default Customer login(String email, char[] password) {
        return login(email, password, null);
    }
}
