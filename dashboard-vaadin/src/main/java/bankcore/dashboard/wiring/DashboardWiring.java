package bankcore.dashboard.wiring;

import bankcore.core.Ledger;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.DashboardConfig;
import bankcore.dashboard.InvariantMonitor;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.security.bcrypt.BcryptPasswordHasher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.logging.Logger;

/**
 * The composition root: the only class that knows the driven adapters (the SQLite store, the
 * bcrypt hasher). Everything else in the dashboard sees the core's in-ports only.
 */
public final class DashboardWiring implements AutoCloseable {

    /** How often the invariants are re-checked; each check reads the whole journal. */
    static final Duration VERIFY_PERIOD = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(DashboardWiring.class.getName());

    private final Ledger ledger;
    private final InvariantMonitor invariants;
    private final DashboardBackend backend;

    private DashboardWiring(Ledger ledger, DashboardConfig config) {
        this.ledger = ledger;
        this.invariants = new InvariantMonitor(ledger.verifier()).startEvery(VERIFY_PERIOD);
        this.backend = new DashboardBackend(ledger.analytics(), ledger.queries(), ledger.authentication(),
                invariants, InstantSource.system(), config.currency());
    }

    /** Opens the database (migrating it), makes sure an admin exists, and starts the background check. */
    public static DashboardWiring start(DashboardConfig config) {
        Ledger ledger = Ledger.builder(openStore(config.database()))
                .passwordHasher(new BcryptPasswordHasher())
                .build();
        ensureAdmin(ledger, config);
        return new DashboardWiring(ledger, config);
    }

    private static SqliteLedgerStore openStore(String database) {
        return database.startsWith("jdbc:")
                ? SqliteLedgerStore.open(database, SqliteOptions.defaults())
                : SqliteLedgerStore.open(Path.of(database));
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
        ledger.close();
    }
}
