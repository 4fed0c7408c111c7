package bankcore.seeder;

import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.load.SeedingTarget;
import bankcore.seeder.wiring.SeederWiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.util.Optional;

/** Where {@code --db} points when it is a SQLite file, given as a path or as a {@code jdbc:sqlite:} URL. */
final class LedgerTarget implements SeedingTarget {

    private static final String SQLITE_URL = "jdbc:sqlite:";
    /** SQLite's companions of a database file: replacing the file alone would leave a stale WAL behind. */
    private static final String[] COMPANIONS = {"", "-wal", "-shm", "-journal"};
    /** Appended to the target's name for the file a seeding writes into; run.sh looks for it too. */
    private static final String SEEDING_SUFFIX = ".seeding";

    private final String description;
    private final Path file;

    private LedgerTarget(String description, Path file) {
        this.description = description;
        this.file = file;
    }

    /** Throws {@link IllegalArgumentException} with a user-facing message for anything it cannot open. */
    static LedgerTarget parse(String db) {
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("--db must name a file, a jdbc:sqlite: URL or a jdbc:postgresql: URL");
        }
        if (db.startsWith("jdbc:")) {
            if (!db.startsWith(SQLITE_URL) || db.contains(":memory:") || db.contains("mode=memory")) {
                throw new IllegalArgumentException("--db: a SQLite file (a path or a " + SQLITE_URL
                        + "FILE URL) or, for seeding, a jdbc:postgresql: URL; not " + db);
            }
            String path = db.substring(SQLITE_URL.length());
            int query = path.indexOf('?');
            return new LedgerTarget(db, Path.of(query < 0 ? path : path.substring(0, query)).toAbsolutePath());
        }
        return new LedgerTarget(db, Path.of(db).toAbsolutePath());
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * Where a seeding writes until it is verified: beside the target, so that putting it in place is
     * one rename on one file system, and a run that is stopped half-way leaves the target untouched.
     */
    Path seedingFile() {
        return Path.of(file + SEEDING_SUFFIX);
    }

    @Override
    public String seedingName() {
        return seedingFile().toString();
    }

    /** Opening the file also tells a ledger from any other file. */
    @Override
    public long customersInTarget() {
        if (!exists()) {
            return 0;
        }
        try (LedgerPorts existing = SeederWiring.open(file, InstantSource.system(), 0)) {
            return existing.analytics().summary().customers();
        }
    }

    @Override
    public LedgerPorts openSeeding(InstantSource clock, long idSeed) {
        return SeederWiring.openForSeeding(seedingFile(), clock, idSeed);
    }

    @Override
    public boolean deleteLeftoverSeeding() {
        boolean found = Files.exists(seedingFile());
        deleteWithCompanions(seedingFile());
        return found;
    }

    /** Renames the closed seeding file over the target's, once its write-ahead log is empty. */
    @Override
    public void replaceWithSeeding() {
        Path seeded = seedingFile();
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Path companion = Path.of(seeded + suffix);
            if (sizeOf(companion) > 0) {
                throw new IllegalStateException(companion + " still holds writes after the ledger was closed;"
                        + " the seeding is left in " + seeded + " and " + file + " is unchanged");
            }
        }
        try {
            Files.deleteIfExists(Path.of(seeded + "-shm"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + seeded + "-shm", e);
        }
        moveInPlace(seeded, file);
    }

    /**
     * Renames a closed, self-contained database file to {@code target}, replacing it, after removing
     * the target's companions: an old write-ahead log beside the new file would be replayed into it.
     */
    static void moveInPlace(Path database, Path target) {
        try {
            for (String suffix : COMPANIONS) {
                if (!suffix.isEmpty()) {
                    Files.deleteIfExists(Path.of(target + suffix));
                }
            }
            Files.move(database, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + database + " in place of " + target, e);
        }
    }

    static void deleteWithCompanions(Path database) {
        for (String suffix : COMPANIONS) {
            try {
                Files.deleteIfExists(Path.of(database + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + database + suffix, e);
            }
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes on disk: the database file and its write-ahead log. */
    @Override
    public Optional<Long> sizeBytes() {
        try {
            return Optional.of(sizeOf(file) + sizeOf(Path.of(file + "-wal")));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
