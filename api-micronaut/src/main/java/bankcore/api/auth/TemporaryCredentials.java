package bankcore.api.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/** One admin from BANK_ADMIN_EMAIL / BANK_ADMIN_PASSWORD, in memory, until the core's login lands. */
@Singleton
final class TemporaryCredentials implements Credentials {

    private final String email;
    private final String password;

    TemporaryCredentials(@Nullable @Property(name = "bank.admin.email") String email,
                         @Nullable @Property(name = "bank.admin.password") String password) {
        this.email = email;
        this.password = password;
    }

    @Override
    public Optional<TokenSubject> authenticate(String email, String password) {
        boolean matches = this.email != null && this.password != null
                && this.email.equalsIgnoreCase(email) && this.password.equals(password);
        return matches ? Optional.of(new TokenSubject("1", "ADMIN")) : Optional.empty();
    }
}
