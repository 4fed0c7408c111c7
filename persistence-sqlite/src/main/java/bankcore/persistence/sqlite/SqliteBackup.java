package bankcore.persistence.sqlite;

import bankcore.core.domain.StoreFailureException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A consistent copy of a ledger file that may be in use by other processes. {@code VACUUM INTO}
 * runs in one read transaction on a read-only connection: in WAL mode it sees one committed state
 * (a prefix of the journal) and never blocks the writer.
 * <pre>{@code
 * SqliteBackup.copy(Path.of("data/banking.db"), Path.of("backup/banking-2026-12-01.db"));
 * }</pre>
 */
public final class SqliteBackup {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteBackup() {
    }

    /**
     * Writes the copy, a single self-contained file (rollback journal, no {@code -wal} beside it),
     * and forces it to disk. {@code copy} must not exist yet; the caller renames it into place.
     */
    public static void copy(Path live, Path copy) {
        if (!Files.isRegularFile(live)) {
            throw new StoreFailureException(live + " does not exist or is not a file", null);
        }
        if (Files.exists(copy)) {
            throw new StoreFailureException(copy + " already exists", null);
        }
        try (Connection source = ReadConnections.readOnlyConfig(BUSY_TIMEOUT_MS).createConnection("jdbc:sqlite:" + live.toAbsolutePath());
             PreparedStatement vacuum = source.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, copy.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new StoreFailureException("cannot copy " + live + " to " + copy + ": " + e.getMessage(), e);
        }
        // The copy inherits the live file's WAL mode; a backup is one file that needs no companion.
        try (Connection target = new SQLiteConfig().createConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement statement = target.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new StoreFailureException("cannot finish the copy " + copy + ": " + e.getMessage(), e);
        }
        // VACUUM INTO does not sync its output: the copy must be on disk before it is trusted.
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StoreFailureException("cannot sync " + copy + " to disk: " + e.getMessage(), e);
        }
    }
}
