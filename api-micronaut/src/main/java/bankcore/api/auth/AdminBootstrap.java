package bankcore.api.auth;

import bankcore.api.BankSettings;
import bankcore.core.port.in.RegisterCustomer;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the first admin from BANK_ADMIN_EMAIL / BANK_ADMIN_PASSWORD when the bank has none. */
@Singleton
final class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final RegisterCustomer registration;
    private final BankSettings settings;
    private final String email;
    private final String password;

    AdminBootstrap(RegisterCustomer registration, BankSettings settings,
                   @Property(name = "bank.admin.email", defaultValue = "admin@bankcore.local") String email,
                   @Nullable @Property(name = "bank.admin.password") String password) {
        this.registration = registration;
        this.settings = settings;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            LOG.info("BANK_ADMIN_PASSWORD (or BANK_ADMIN_EMAIL) not set: no admin is created at start");
            return;
        }
        registration.ensureAdmin(email, password.toCharArray(), settings.currency())
                .ifPresent(admin -> LOG.info("Created the first admin {}", admin.email()));
    }
}
