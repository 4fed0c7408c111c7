package bankcore.seeder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where {@code --db} points: a SQLite file, given as a path or as a {@code jdbc:sqlite:} URL. */
final class LedgerTarget {

    private static final String SQLITE_URL = "jdbc:sqlite:";
    /** SQLite's companions of a database file: resetting the file alone would leave a stale WAL behind. */
    private static final String[] COMPANIONS = {"", "-wal", "-shm", "-journal"};

    private final String description;
    private final Path file;

    private LedgerTarget(String description, Path file) {
        this.description = description;
        this.file = file;
    }

    /** Throws {@link IllegalArgumentException} with a user-facing message for anything it cannot open. */
    static LedgerTarget parse(String db) {
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("--db must name a file or a jdbc:sqlite: URL");
        }
        if (db.startsWith("jdbc:")) {
            if (!db.startsWith(SQLITE_URL) || db.contains(":memory:") || db.contains("mode=memory")) {
                throw new IllegalArgumentException("--db: only SQLite files are supported for now (a path or a "
                        + SQLITE_URL + "FILE URL), not " + db);
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

    /** Deletes the database file and its companions, if any. */
    void delete() {
        for (String suffix : COMPANIONS) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file + suffix, e);
            }
        }
    }

    /** The bytes on disk: the database file and its write-ahead log. */
    Optional<Long> sizeBytes() {
        long total = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path part = Path.of(file + suffix);
            try {
                total += Files.exists(part) ? Files.size(part) : 0;
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(total);
    }

    @Override
    public String toString() {
        return description;
    }
}
