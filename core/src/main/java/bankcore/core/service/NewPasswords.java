package bankcore.core.service;

import bankcore.core.domain.Refusal;
import bankcore.core.port.out.PasswordHasher;

/** Checks a password that is about to be stored, then hashes it: one rule for registration and for a change. */
final class NewPasswords {
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final PasswordHasher hasher;

    NewPasswords(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    String hash(char[] password) {
        if (password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            throw Refusal.INVALID_ARGUMENT.because("password must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters");
        }
        return hasher.hash(password);
    }
}
