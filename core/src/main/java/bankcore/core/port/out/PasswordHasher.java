package bankcore.core.port.out;

/**
 * Turns a password into a slow, salted hash and checks one against it. The core never sees how:
 * an adapter (bcrypt, argon2) does it, so the core stays JDK-only and every front end shares one login.
 */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
