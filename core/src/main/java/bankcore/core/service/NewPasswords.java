package bankcore.core.service;

import bankcore.core.domain.Refusal;
import bankcore.core.port.out.PasswordHasher;
import bankcore.core.port.out.PasswordPolicy;

import java.util.Arrays;
import java.util.Objects;

/** Checks a password that is about to be stored, then hashes it: one rule for registration and for a change. */
final class NewPasswords {
    /** NIST SP 800-63B: at least 8 characters, and at least 64 allowed. */
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    NewPasswords(PasswordHasher hasher, PasswordPolicy policy) {
        this.hasher = hasher;
        this.policy = policy;
    }

    /** @param personalWords the owner's name and e-mail (null when missing), which make a weak password */
    String hash(char[] password, String... personalWords) {
        if (password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            throw Refusal.INVALID_ARGUMENT.because("password must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters");
        }
        policy.weakness(password, Arrays.stream(personalWords).filter(Objects::nonNull).toList()).ifPresent(weakness -> {
            throw Refusal.INVALID_ARGUMENT.because("password is too easy to guess: " + weakness);
        });
        return hasher.hash(password);
    }
}
