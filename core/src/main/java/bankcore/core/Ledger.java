package bankcore.core;

import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.in.DryRun;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.in.ReadAudit;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.StoreStatus;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.VerifyLedger;
import bankcore.core.port.out.CredentialStore;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.LedgerStore;
import bankcore.core.port.out.PasswordHasher;
import bankcore.core.port.out.PasswordPolicy;
import bankcore.core.service.AccountService;
import bankcore.core.service.AnalyticsService;
import bankcore.core.service.AuditService;
import bankcore.core.service.CommitSignal;
import bankcore.core.service.CredentialService;
import bankcore.core.service.CustomerService;
import bankcore.core.service.EventFeed;
import bankcore.core.service.DryRunService;
import bankcore.core.service.HoldExpirySweep;
import bankcore.core.service.HoldService;
import bankcore.core.service.LedgerVerifier;
import bankcore.core.service.QueryService;
import bankcore.core.service.StoreStatusService;
import bankcore.core.service.TransferService;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The core, assembled: every use case over one store. This is what an embedding application holds.
 * <pre>{@code
 * try (SqliteLedgerStore store = SqliteLedgerStore.open(Path.of("bank.db"));
 *      Ledger ledger = Ledger.builder(store).build()) {
 *     ledger.transfers().transfer(TransferCommand.of(from, to, Money.parse("12.50", eur), "rent"));
 * }
 * }</pre>
 * Closing the ledger stops what it runs in the background (the hold-expiry sweep) and leaves the
 * store open: whoever opened the store closes it, after the ledger and anything else built on it.
 */
public final class Ledger implements AutoCloseable {
    private final CustomerService customers;
    private final CredentialService credentials;
    private final AccountService accounts;
    private final TransferService transfers;
    private final HoldService holds;
    private final DryRunService dryRun;
    private final HoldExpirySweep expirySweep;
    private final QueryService queries;
    private final AnalyticsService analytics;
    private final LedgerVerifier verifier;
    private final StoreStatusService status;
    private final AuditService audit;
    private final EventFeed events;

    private Ledger(Builder builder) {
        LedgerStore store = builder.ledgerStore;
        CommitSignal writer = new CommitSignal(store);
        this.customers = new CustomerService(writer, builder.customerStore, builder.passwordHasher,
                builder.passwordPolicy, builder.clock);
        this.credentials = new CredentialService(builder.customerStore, builder.credentialStore, customers,
                builder.passwordHasher, builder.passwordPolicy);
        this.accounts = new AccountService(writer, builder.clock);
        IdSource ids = builder.ids != null ? builder.ids : IdSource.timeOrdered(builder.clock);
        this.transfers = new TransferService(writer, store, builder.customerStore, builder.clock, ids);
        this.holds = new HoldService(writer, builder.clock, ids);
        this.dryRun = new DryRunService(store, store, builder.customerStore, builder.clock, ids);
        this.expirySweep = builder.expiryInterval == null ? null : HoldExpirySweep.start(holds, builder.expiryInterval);
        this.queries = new QueryService(store, store, store, builder.customerStore);
        this.analytics = new AnalyticsService(store, store, store, builder.customerStore, builder.clock);
        this.verifier = new LedgerVerifier(store, store, builder.clock);
        this.status = new StoreStatusService(store);
        this.audit = new AuditService(store);
        this.events = new EventFeed(store, writer);
    }

    /** Starts a ledger over a store that keeps both the ledger and its customers, as the bundled adapters do. */
    public static <S extends LedgerStore & CustomerStore> Builder builder(S store) {
        return new Builder(store, store);
    }

    public static Builder builder(LedgerStore ledgerStore, CustomerStore customerStore) {
        return new Builder(ledgerStore, customerStore);
    }

    public RegisterCustomer registration() {
        return customers;
    }

    public Authenticate authentication() {
        return customers;
    }

    public ManageCredentials credentials() {
        return credentials;
    }

    public OpenAccount accounts() {
        return accounts;
    }

    public ManageAccounts accountControls() {
        return accounts;
    }

    public TransferMoney transfers() {
        return transfers;
    }

    public MoveCash cash() {
        return transfers;
    }

    public HoldFunds holds() {
        return holds;
    }

    public DryRun dryRun() {
        return dryRun;
    }

    public LedgerQueries queries() {
        return queries;
    }

    public LedgerAnalytics analytics() {
        return analytics;
    }

    public VerifyLedger verifier() {
        return verifier;
    }

    public StoreStatus status() {
        return status;
    }

    public ReadAudit audit() {
        return audit;
    }

    /** The change feed: every change in commit order, to read in pages or to follow. */
    public ChangeFeed events() {
        return events;
    }

    /** Stops the background work; the store stays open for its opener to close. */
    @Override
    public void close() {
        if (expirySweep != null) {
            expirySweep.close();
        }
    }

    /**
     * Defaults: the system clock, time-ordered transfer ids on the ledger's clock, no password hasher (customers without passwords only), a
     * length-only password policy and no credential store (no password changes or token revocation).
     */
    public static final class Builder {
        private final LedgerStore ledgerStore;
        private final CustomerStore customerStore;
        private InstantSource clock = InstantSource.system();
        /** Null until set: then time-ordered on whichever clock the ledger ends up with. */
        private IdSource ids;
        private PasswordHasher passwordHasher = new NoPasswords();
        private PasswordPolicy passwordPolicy = PasswordPolicy.LENGTH_ONLY;
        private CredentialStore credentialStore = new NoCredentialStore();
        private Duration expiryInterval;

        private Builder(LedgerStore ledgerStore, CustomerStore customerStore) {
            this.ledgerStore = Objects.requireNonNull(ledgerStore, "ledgerStore");
            this.customerStore = Objects.requireNonNull(customerStore, "customerStore");
        }

        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder ids(IdSource ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        public Builder passwordHasher(PasswordHasher passwordHasher) {
            this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
            return this;
        }

        /** What new passwords must pass beyond their length. */
        public Builder passwordPolicy(PasswordPolicy passwordPolicy) {
            this.passwordPolicy = Objects.requireNonNull(passwordPolicy, "passwordPolicy");
            return this;
        }

        /** Where password changes and revoked tokens are kept; needed by {@link Ledger#credentials()} alone. */
        public Builder credentialStore(CredentialStore credentialStore) {
            this.credentialStore = Objects.requireNonNull(credentialStore, "credentialStore");
            return this;
        }

        /**
         * Expires due holds in the background, every {@code interval}; without it holds expire only
         * when a capture or void touches them or {@link HoldFunds#expireDue()} is called.
         */
        public Builder expireHoldsEvery(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the expiry interval must be positive, got " + interval);
            }
            this.expiryInterval = interval;
            return this;
        }

        public Ledger build() {
            return new Ledger(this);
        }
    }

    /** Stands in until a real hasher is wired: refuses to hash, so no password is ever stored weakly. */
    private static final class NoPasswords implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            throw new IllegalStateException("no PasswordHasher configured: use Ledger.builder(...).passwordHasher(...)");
        }

        @Override
        public boolean matches(char[] password, String hash) {
            return false;
        }
    }

    /** Stands in until a credential store is wired: an embedding application that never changes passwords needs none. */
    private static final class NoCredentialStore implements CredentialStore {
        @Override
        public long tokenGeneration(long customerId) {
            return 0;
        }

        @Override
        public long changePassword(long customerId, String passwordHash) {
            throw unwired();
        }

        @Override
        public void revokeToken(String tokenId, Instant expiresAt) {
            throw unwired();
        }

        @Override
        public boolean isRevoked(String tokenId) {
            return false;
        }

        private static IllegalStateException unwired() {
            return new IllegalStateException("no CredentialStore configured: use Ledger.builder(...).credentialStore(...)");
        }
    }
}
