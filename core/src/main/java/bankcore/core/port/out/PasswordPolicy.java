package bankcore.core.port.out;

import java.util.List;
import java.util.Optional;

/**
 * Judges a new password beyond its length (which the core checks itself): for instance against lists
 * of common and breached passwords, as NIST SP 800-63B asks, and against the owner's own name and
 * e-mail. No composition rules ("one digit, one symbol"): they make passwords harder to remember, not
 * harder to guess.
 */
public interface PasswordPolicy {

    /** Accepts every password of an allowed length. */
    PasswordPolicy LENGTH_ONLY = (password, personalWords) -> Optional.empty();

    /**
     * @param personalWords what an attacker would try first for this person (name, e-mail)
     * @return why the password should not be used, in a sentence for its owner; empty when it may be
     */
    Optional<String> weakness(char[] password, List<String> personalWords);
}
