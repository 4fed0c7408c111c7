package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.EventType;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Role;
import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerWriter;
import bankcore.core.port.out.PasswordHasher;
import bankcore.core.port.out.PasswordPolicy;

import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Registration and login. Passwords are hashed before the write, so the slow KDF never holds the writer. */
public final class CustomerService implements RegisterCustomer, Authenticate {

    private final LedgerWriter writer;
    private final CustomerStore customers;
    private final PasswordHasher hasher;
    private final NewPasswords newPasswords;
    private final InstantSource clock;
    private final LoginThrottle throttle;
    /** Checked against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
    private volatile String decoyHash;

    public CustomerService(LedgerWriter writer, CustomerStore customers, PasswordHasher hasher, PasswordPolicy policy,
                           InstantSource clock) {
        this.writer = writer;
        this.customers = customers;
        this.hasher = hasher;
        this.newPasswords = new NewPasswords(hasher, policy);
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
    }

    @Override
    public Registration register(Command command) {
        return writer.write(List.of(registration(command))).get(0).orThrow();
    }

    @Override
    public List<Outcome<Registration>> registerEach(List<Command> commands) {
        TransferService.requireBatch(commands);
        return writer.write(commands.stream().map(this::registration).toList());
    }

    /** Hashes and stamps before the write, so the slow KDF never holds the writer. */
    private LedgerCommand<Registration> registration(Command command) {
        Customer unsaved = new Customer(0, command.name(), command.email(), command.role(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), hashOrNull(command));
        Currency currency = command.currency();
        return tx -> {
            if (tx.customerByEmail(unsaved.email()).isPresent()) {
                throw Refusal.DUPLICATE_EMAIL.because("e-mail " + unsaved.email() + " is already registered");
            }
            Customer saved = tx.insertCustomer(unsaved);
            Account account = tx.insertAccount(Account.openFor(saved.id(), currency, saved.createdAt()));
            Events.record(tx, EventType.CUSTOMER_REGISTERED, saved.createdAt(), saved);
            Events.record(tx, EventType.ACCOUNT_OPENED, account.createdAt(), account);
            return new Registration(saved, account);
        };
    }

    @Override
    public Optional<Customer> ensureAdmin(String email, char[] password, Currency currency) {
        if (customers.anyAdmin()) {
            return Optional.empty();
        }
        try {
            return Optional.of(register(new Command("Administrator", email, password, Role.ADMIN, currency))
                    .customer());
        } catch (LedgerException raced) {
            if (raced.refusal() == Refusal.DUPLICATE_EMAIL && customers.anyAdmin()) {
                return Optional.empty();
            }
            throw raced;
        }
    }

    @Override
    public Customer login(String email, char[] password, String clientAddress) {
        String normalized;
        try {
            normalized = Customer.normalizeEmail(email);
        } catch (LedgerException malformed) {
            throw invalidCredentials();
        }
        throttle.requireAllowed(normalized, clientAddress);
        Optional<Customer> customer = customers.findCustomerByEmail(normalized).filter(Customer::canLogIn);
        String hash = customer.map(Customer::passwordHash).orElseGet(this::decoyHash);
        if (password == null || !hasher.matches(password, hash) || customer.isEmpty()) {
            throttle.recordFailure(normalized, clientAddress);
            throw invalidCredentials();
        }
        throttle.recordSuccess(normalized, clientAddress);
        return customer.get();
    }

    private String hashOrNull(Command command) {
        return command.password() == null ? null
                : newPasswords.hash(command.password(), command.name(), command.email());
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-never-matches".toCharArray());
        }
        return decoyHash;
    }

    private static LedgerException invalidCredentials() {
        return Refusal.INVALID_CREDENTIALS.because("unknown e-mail or wrong password");
    }
}
