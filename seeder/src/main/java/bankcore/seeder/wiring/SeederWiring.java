package bankcore.seeder.wiring;

import bankcore.core.Ledger;
import bankcore.persistence.select.LedgerDatabase;
import bankcore.persistence.select.OpenedLedger;
import bankcore.persistence.sqlite.SqliteBackup;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.security.bcrypt.BcryptPasswordHasher;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.load.SeedingTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The seeder's composition root: the one class that knows which driven adapters it runs on (the store
 * opened by {@link LedgerDatabase}, SQLite's own backup and read-only opening, bcrypt for the admin's
 * password). Everything else sees only the core.
 */
public final class SeederWiring {

    /** Flyway (inside the SQLite adapter) logs every migration step at INFO; the seeder's summary says enough. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private SeederWiring() {
    }

    /**
     * The ledger in this SQLite file (created and migrated when new), on the seeder's clock, with
     * transfer ids from {@code idSeed}.
     */
    public static LedgerPorts open(Path file, InstantSource clock, long idSeed) {
        LedgerDatabase database = LedgerDatabase.of(file.toString(), null, null);
        return seeded(opened(database, () -> database.open(clock)), clock, idSeed);
    }

    /**
     * A new ledger that a seeding fills, on any database the shared opener reads (a SQLite
     * {@code FILE.seeding}, a PostgreSQL seeding schema), opened for a bulk load: nobody uses it
     * before it is finished and verified, and it is thrown away if the seeding fails
     * ({@link LedgerPorts#finishLoad()} ends the load).
     */
    static LedgerPorts openForSeeding(LedgerDatabase database, InstantSource clock, long idSeed) {
        return seeded(opened(database, () -> database.openForBulkLoad(clock)), clock, idSeed);
    }

    /** {@link #openForSeeding(LedgerDatabase, InstantSource, long)} on a SQLite file. */
    public static LedgerPorts openForSeeding(Path file, InstantSource clock, long idSeed) {
        return openForSeeding(LedgerDatabase.of(file.toString(), null, null), clock, idSeed);
    }

    /** On the seeder's clock, with transfer ids from {@code idSeed}. */
    private static LedgerPorts seeded(OpenedLedger store, InstantSource clock, long idSeed) {
        return ports(builder(store).clock(clock).ids(new SeededIdSource(idSeed))
                .passwordHasher(new BcryptPasswordHasher()).build(), store);
    }

    /**
     * Where a seeding goes when {@code --db} is a PostgreSQL URL (the user and password from it, or from
     * BANK_DB_USER and BANK_DB_PASSWORD in {@code environment}); empty for anything else.
     */
    public static Optional<SeedingTarget> postgresTarget(String db, Map<String, String> environment) {
        LedgerDatabase database = LedgerDatabase.of(db, environment.get("BANK_DB_USER"),
                environment.get("BANK_DB_PASSWORD"));
        if (!database.isPostgres()) {
            return Optional.empty();
        }
        return Optional.of(opened(database, () -> new PostgresSeedingTarget(database)));
    }

    /**
     * A ledger that already exists, on the system clock with random transfer ids, for demo traffic
     * beside the API and the dashboard: seeded ids would collide with the seeding's own.
     */
    public static LedgerPorts openLive(Path file) {
        requireFile(file, ": seed it first");
        LedgerDatabase database = LedgerDatabase.of(file.toString(), null, null);
        OpenedLedger store = opened(database, () -> database.open(InstantSource.system()));
        return ports(builder(store).build(), store);
    }

    /**
     * A ledger file opened to read only, e.g. a backup being checked: not migrated and not changed by
     * a byte; every write through its ports is refused.
     */
    public static LedgerPorts openReadOnly(Path file) {
        requireFile(file, "");
        SqliteLedgerStore store = opened(file, () -> SqliteLedgerStore.openReadOnly(file));
        return ports(Ledger.builder(store).build(), () -> { }, store::close);
    }

    /**
     * A consistent copy of the ledger in {@code live}, written to {@code copy} (which must not exist)
     * while other processes may go on writing the ledger: it holds every transfer committed before
     * the copy began, and no later one.
     */
    public static void backup(Path live, Path copy) {
        requireFile(live, "");
        SqliteBackup.copy(live, copy);
    }

    private static void requireFile(Path file, String hint) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " does not exist" + hint);
        }
    }

    private static Ledger.Builder builder(OpenedLedger store) {
        return Ledger.builder(store.ledgerStore(), store.customerStore()).credentialStore(store.credentialStore());
    }

    private static <T> T opened(Object where, Supplier<T> opening) {
        try {
            return opening.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open " + where + " as a ledger: " + rootMessage(e), e);
        }
    }

    private static LedgerPorts ports(Ledger ledger, OpenedLedger store) {
        return ports(ledger, store::finishBulkLoad, store::close);
    }

    /** The ledger's in-ports; {@code closer} closes what the ledger was built on. */
    private static LedgerPorts ports(Ledger ledger, Runnable loadFinisher, Runnable closer) {
        return new LedgerPorts(ledger.registration(), ledger.accounts(), ledger.cash(), ledger.transfers(),
                ledger.queries(), ledger.analytics(), ledger.verifier(), ledger.authentication(), loadFinisher,
                closer);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
