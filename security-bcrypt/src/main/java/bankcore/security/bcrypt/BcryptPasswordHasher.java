package bankcore.security.bcrypt;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import bankcore.core.port.out.PasswordHasher;

/**
 * Passwords as bcrypt hashes ({@code $2a$}, salted, cost-tunable). Cost 12 takes a few hundred
 * milliseconds on a server core: slow for a guesser, bearable for a login. bcrypt reads only 72
 * bytes, so a longer password is first condensed with SHA-512 instead of being silently cut.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    public static final int DEFAULT_COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost the log2 of the work factor: 4 (tests only) to 31 */
    public BcryptPasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4 to 31, got " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(char[] password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        if (hash == null || !hash.startsWith("$2")) {
            return false;
        }
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password, hash.toCharArray()).verified;
    }
}
