package bankcore.persistence.select;

import bankcore.persistence.postgres.PostgresCredentialStore;
import bankcore.persistence.postgres.PostgresLedgerStore;
import bankcore.persistence.postgres.PostgresStaging;
import bankcore.persistence.postgres.PostgresWebhookStore;
import bankcore.persistence.sqlite.SqliteCredentialStore;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.persistence.sqlite.SqliteWebhookStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;

/**
 * Where BANK_DB points, and the one way the API, the dashboard and the seeder open their store there:
 * a SQLite file (a path or a {@code jdbc:sqlite:} URL, the default {@value #DEFAULT_FILE}) or a PostgreSQL
 * database ({@code jdbc:postgresql://host/db}, the user and password from the URL or from BANK_DB_USER and
 * BANK_DB_PASSWORD, which win). A SQLite file in a directory that does not exist is refused: a typo there
 * would otherwise start an empty bank beside the real one unnoticed; only the default's directory is made.
 * <pre>{@code
 * LedgerDatabase database = LedgerDatabase.fromEnvironment(System.getenv());
 * OpenedLedger opened = database.open(InstantSource.system());
 * Ledger ledger = Ledger.builder(opened.ledgerStore(), opened.customerStore())
 *         .credentialStore(opened.credentialStore()).build();
 * }</pre>
 */
public final class LedgerDatabase {

    /** What BANK_DB means when it is not set. */
    public static final String DEFAULT_FILE = "./data/banking.db";
    private static final String SQLITE_URL = "jdbc:sqlite:";
    private static final String POSTGRES_URL = "jdbc:postgresql:";

    private final String configured;
    /** The SQLite file BANK_DB names, when it names one (a path, or a URL that is a plain file). */
    private final Path file;
    private final String user;
    private final String password;

    private LedgerDatabase(String configured, Path file, String user, String password) {
        this.configured = configured;
        this.file = file;
        this.user = user;
        this.password = password;
    }

    /**
     * BANK_DB as configured; {@code user} and {@code password} (null: not given) are BANK_DB_USER and
     * BANK_DB_PASSWORD, used by PostgreSQL only. Throws {@link IllegalArgumentException} for a JDBC URL of
     * a database bankcore has no store for.
     */
    public static LedgerDatabase of(String configured, String user, String password) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("BANK_DB is empty: give a SQLite file, a " + SQLITE_URL
                    + " URL or a " + POSTGRES_URL + " URL");
        }
        if (configured.startsWith(POSTGRES_URL)) {
            return new LedgerDatabase(configured, null, blankToNull(user), blankToNull(password));
        }
        if (configured.startsWith(SQLITE_URL)) {
            return new LedgerDatabase(configured, plainFileOf(configured.substring(SQLITE_URL.length())), null, null);
        }
        if (configured.startsWith("jdbc:")) {
            throw new IllegalArgumentException("BANK_DB is '" + configured + "': bankcore stores its ledger in SQLite ("
                    + SQLITE_URL + " or a file path) or PostgreSQL (" + POSTGRES_URL + "), not there");
        }
        return new LedgerDatabase(configured, Path.of(configured).toAbsolutePath().normalize(), null, null);
    }

    /** BANK_DB (default {@value #DEFAULT_FILE}), BANK_DB_USER and BANK_DB_PASSWORD from this environment. */
    public static LedgerDatabase fromEnvironment(Map<String, String> environment) {
        String configured = environment.get("BANK_DB");
        return of(configured == null || configured.isBlank() ? DEFAULT_FILE : configured,
                environment.get("BANK_DB_USER"), environment.get("BANK_DB_PASSWORD"));
    }

    public boolean isPostgres() {
        return configured.startsWith(POSTGRES_URL);
    }

    /** The SQLite file, when BANK_DB names one; empty for PostgreSQL and for SQLite URLs that are not a plain file. */
    public Optional<Path> sqliteFile() {
        return Optional.ofNullable(file);
    }

    /** The side schema beside a PostgreSQL ledger's schema, for an all-or-nothing load; refused for SQLite. */
    public PostgresStaging postgresStaging() {
        if (!isPostgres()) {
            throw new IllegalStateException(this + " is not a PostgreSQL database");
        }
        return PostgresStaging.beside(configured, user, password);
    }

    /** Another URL on the same server with the same user and password, e.g. {@link PostgresStaging#stagingUrl()}. */
    public LedgerDatabase withUrl(String url) {
        return of(url, user, password);
    }

    /**
     * Opens the store, creating and migrating its schema when new, with its credential store on {@code clock}.
     * Throws {@link IllegalStateException} for a SQLite file in a missing directory (nothing is created).
     */
    public OpenedLedger open(InstantSource clock) {
        return open(clock, SqliteOptions.DEFAULT_WRITE_WAIT);
    }

    /**
     * As {@link #open(InstantSource)}, with how long a write may wait for a lock held elsewhere (another
     * process on the SQLite file, another session on PostgreSQL) before it is refused as busy, nothing stored.
     */
    public OpenedLedger open(InstantSource clock, Duration writeWait) {
        return open(clock, SqliteOptions.defaults().withWriteWait(writeWait));
    }

    /**
     * As {@link #open(InstantSource)}, for a load into a database that nobody uses until the load is
     * complete and {@link OpenedLedger#finishBulkLoad() finished}, and that is discarded otherwise (the
     * seeder's side file or schema). A SQLite file is then written without fsync and with the journal's
     * non-unique indexes built only at the end ({@link SqliteOptions#forBulkLoad()}); PostgreSQL is
     * opened as usual. Never open a live ledger this way.
     */
    public OpenedLedger openForBulkLoad(InstantSource clock) {
        return open(clock, SqliteOptions.defaults().forBulkLoad());
    }

    private OpenedLedger open(InstantSource clock, SqliteOptions options) {
        if (isPostgres()) {
            PostgresLedgerStore store = PostgresLedgerStore.open(configured, user, password, options.writeWait());
            // The credential and webhook stores borrow the store's pool: closing the store closes them.
            return new OpenedLedger(store, store, PostgresCredentialStore.on(store, clock),
                    PostgresWebhookStore.on(store), () -> { }, store::close);
        }
        SqliteLedgerStore store = openSqlite(options);
        SqliteCredentialStore credentials = SqliteCredentialStore.open(store, clock);
        // The webhook store reads and writes through the ledger store: closing the store closes it.
        return new OpenedLedger(store, store, credentials, SqliteWebhookStore.on(store), store::finishBulkLoad, () -> {
            credentials.close();
            store.close();
        });
    }

    private SqliteLedgerStore openSqlite(SqliteOptions options) {
        if (file != null && !isDefault(file)) {
            requireDirectoryOf(file);
        }
        if (configured.startsWith(SQLITE_URL)) {
            return SqliteLedgerStore.open(configured, options);
        }
        return SqliteLedgerStore.open(file, options);
    }

    private void requireDirectoryOf(Path database) {
        Path directory = database.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new IllegalStateException("BANK_DB is '" + configured + "', but the directory " + directory
                    + " does not exist. Create it, or correct BANK_DB; only the default " + DEFAULT_FILE
                    + " has its directory made for it.");
        }
    }

    /** The database, for logs and messages: a URL may carry a password, which is masked. */
    @Override
    public String toString() {
        return isPostgres() ? configured.replaceAll("(?i)(password=)[^&]*", "$1***") : String.valueOf(
                file == null ? configured : file);
    }

    private static boolean isDefault(Path database) {
        return database.equals(Path.of(DEFAULT_FILE).toAbsolutePath().normalize());
    }

    /** A {@code jdbc:sqlite:} URL's file when it is a plain one (not in-memory, not a {@code file:} URI, no query). */
    private static Path plainFileOf(String rest) {
        boolean plainFile = !rest.isEmpty() && !rest.startsWith(":") && !rest.startsWith("file:") && !rest.contains("?");
        return plainFile ? Path.of(rest).toAbsolutePath().normalize() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
