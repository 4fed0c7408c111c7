package bankcore.api.wiring;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks where BANK_DB points before anything is opened. The default's directory ({@code ./data/}) is
 * made when missing, so a laptop start just works; a configured path must lie in a directory that
 * exists, because a typo there would otherwise start an empty bank beside the real one unnoticed.
 */
final class DatabaseLocation {

    /** What application.yml falls back to when BANK_DB is not set. */
    static final String DEFAULT_FILE = "./data/banking.db";
    private static final String SQLITE_URL = "jdbc:sqlite:";

    private DatabaseLocation() {
    }

    /** A file path, absolute; refused when it is not the default and its directory does not exist. */
    static Path file(String configured) {
        Path file = Path.of(configured).toAbsolutePath().normalize();
        if (!configured.equals(DEFAULT_FILE)) {
            requireDirectoryOf(file, configured);
        }
        return file;
    }

    /** A {@code jdbc:sqlite:} URL naming a plain file is held to the same rule; other forms go to SQLite as they are. */
    static String url(String configured) {
        String rest = configured.substring(SQLITE_URL.length());
        boolean plainFile = configured.startsWith(SQLITE_URL) && !rest.isEmpty() && !rest.startsWith(":")
                && !rest.startsWith("file:") && !rest.contains("?");
        if (plainFile) {
            requireDirectoryOf(Path.of(rest).toAbsolutePath().normalize(), configured);
        }
        return configured;
    }

    private static void requireDirectoryOf(Path file, String configured) {
        Path directory = file.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new IllegalStateException("BANK_DB is '" + configured + "', but the directory " + directory
                    + " does not exist. Create it, or correct BANK_DB; only the default " + DEFAULT_FILE
                    + " has its directory made for it.");
        }
    }
}
