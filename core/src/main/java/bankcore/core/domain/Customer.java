package bankcore.core.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person (or the bank's operator) who owns accounts. The e-mail is unique and kept lower-case.
 * The password hash is opaque to the core: a {@code PasswordHasher} adapter made it, and it is
 * {@code null} for a customer who cannot log in (one created by an embedding application).
 */
public record Customer(long id, String name, String email, Role role, Instant createdAt, String passwordHash) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    /**
     * An address as people write it (RFC 5322's dot-atom at a domain name of two labels or more), letters
     * beyond ASCII allowed: no quoted local parts, comments or address literals, which only attackers use.
     * The API checks the syntax with its validator too; this is the rule every adapter shares.
     */
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@"
            + LABEL + "(?:\\." + LABEL + ")+");

    public Customer {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        name = requireName(name);
        email = normalizeEmail(email);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean canLogIn() {
        return passwordHash != null;
    }

    public Customer withId(long newId) {
        return new Customer(newId, name, email, role, createdAt, passwordHash);
    }

    /** Lower-cases and checks an e-mail address, so that {@code Bob@X.org} and {@code bob@x.org} are one customer. */
    public static String normalizeEmail(String email) {
        if (email == null || email.length() > MAX_EMAIL_LENGTH) {
            throw Refusal.INVALID_ARGUMENT.because("email must be at most " + MAX_EMAIL_LENGTH + " characters");
        }
        String normalized = Text.requirePrintable(email, "email", "").strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalized).matches()) {
            throw Refusal.INVALID_ARGUMENT.because("email '" + normalized + "' is not a valid address");
        }
        return normalized;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw Refusal.INVALID_ARGUMENT.because("name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return Text.requirePrintable(name.strip(), "name", "");
    }

    /** Never prints the password hash. */
    @Override
    public String toString() {
        return "Customer[id=" + id + ", email=" + email + ", role=" + role + "]";
    }
}
