package bankcore.core.contract;

import bankcore.core.port.out.PasswordHasher;

/** A test-only hasher: fast and obviously fake, so no test pays bcrypt's cost. Never use it for real. */
public final class PlainTextPasswordHasher implements PasswordHasher {
    @Override
    public String hash(char[] password) {
        return "fake-hash:" + new String(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return hash.equals("fake-hash:" + new String(password));
    }
}
