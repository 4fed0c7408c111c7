package bankcore.dashboard.wiring;

import bankcore.core.Ledger;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.DashboardConfig;
import bankcore.dashboard.InvariantMonitor;
import bankcore.persistence.select.LedgerDatabase;
import bankcore.persistence.select.OpenedLedger;
import bankcore.security.bcrypt.BcryptPasswordHasher;

import java.time.Duration;
import java.time.InstantSource;
import java.util.logging.Logger;

/**
 * The composition root: the only class that knows the driven adapters (the store BANK_DB names, opened by
 * {@link LedgerDatabase}, and the bcrypt hasher). Everything else in the dashboard sees the core's in-ports only.
 */
public final class DashboardWiring implements AutoCloseable {

    /** How often the invariants are re-checked; each check reads the whole journal. */
    static final Duration VERIFY_PERIOD = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(DashboardWiring.class.getName());

    private final OpenedLedger store;
    private final InvariantMonitor invariants;
    private final DashboardBackend backend;

    private DashboardWiring(OpenedLedger store, Ledger ledger, DashboardConfig config) {
        this.store = store;
        this.invariants = new InvariantMonitor(ledger.verifier()).startEvery(VERIFY_PERIOD);
        this.backend = new DashboardBackend(ledger.analytics(), ledger.queries(), ledger.authentication(),
                invariants, InstantSource.system(), config.currency());
    }

    /** Opens the database (migrating it), makes sure an admin exists, and starts the background check. */
    public static DashboardWiring start(DashboardConfig config) {
        OpenedLedger store = openStore(config);
        try {
            Ledger ledger = Ledger.builder(store.ledgerStore(), store.customerStore())
                    .passwordHasher(new BcryptPasswordHasher())
                    .credentialStore(store.credentialStore())
                    .build();
            ensureAdmin(ledger, config);
            return new DashboardWiring(store, ledger, config);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static OpenedLedger openStore(DashboardConfig config) {
        LedgerDatabase database = LedgerDatabase.of(config.database(), config.databaseUser().orElse(null),
                config.databasePassword().orElse(null));
        LOG.info("Opening the ledger at " + database);
        return database.open(InstantSource.system());
    }

    private static void ensureAdmin(Ledger ledger, DashboardConfig config) {
        if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
            ledger.registration().ensureAdmin(config.adminEmail().get(), config.adminPassword().get().toCharArray(),
                    config.currency()).ifPresent(admin -> LOG.info("Created the first admin, " + admin.email()));
        } else {
            LOG.warning("BANK_ADMIN_EMAIL and BANK_ADMIN_PASSWORD are not both set: no admin is created;"
                    + " only an existing admin can sign in");
        }
    }

    public DashboardBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        invariants.close();
        store.close();
    }
}
