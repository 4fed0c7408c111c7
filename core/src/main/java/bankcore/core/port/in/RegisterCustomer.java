package bankcore.core.port.in;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Role;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Registers a customer together with its first account, in one transaction. */
public interface RegisterCustomer {

    /** Refused with {@code DUPLICATE_EMAIL} when the e-mail (case-insensitive) is taken. */
    Registration register(Command command);

    /**
     * Each on its own, committed together: one outcome per command (a taken e-mail refuses only its
     * own registration). The fast path for bulk loads; passwords, when given, are hashed first.
     */
    List<Outcome<Registration>> registerEach(List<Command> commands);

    /**
     * Makes sure the bank has an administrator: when none exists, registers one with these
     * credentials (and a first account in {@code currency}) and returns it; when one exists, does
     * nothing and returns empty. Safe when several processes start at once.
     */
    Optional<Customer> ensureAdmin(String email, char[] password, Currency currency);

    /** @param password {@code null} for a customer who cannot log in (e.g. one made by an embedding app) */
    record Command(String name, String email, char[] password, Role role, Currency currency) {
        public Command {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(currency, "currency");
        }

        public static Command customer(String name, String email, char[] password, Currency currency) {
            return new Command(name, email, password, Role.CUSTOMER, currency);
        }
    }

    record Registration(Customer customer, Account account) {
    }
}
