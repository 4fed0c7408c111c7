package bankcore.api;

import bankcore.core.domain.Currencies;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.util.Currency;

/** The environment's settings that shape behaviour (docs/architecture.md §9 Configuration), checked once at start. */
@Singleton
public final class BankSettings {

    private final Currency currency;
    private final boolean registrationOpen;

    BankSettings(@Property(name = "bank.currency", defaultValue = "EUR") String currency,
                 @Property(name = "bank.registration-open", defaultValue = "true") boolean registrationOpen) {
        this.currency = Currencies.of(currency);
        this.registrationOpen = registrationOpen;
    }

    /** BANK_CURRENCY: the currency of first accounts and of amounts that name none. */
    public Currency currency() {
        return currency;
    }

    /** BANK_REGISTRATION_OPEN: whether anyone may register, or only admins. */
    public boolean registrationOpen() {
        return registrationOpen;
    }
}
