package bankcore.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A BANK_DB whose directory does not exist is a typo to report, not a new empty bank to start. */
class DatabaseLocationTest {

    @TempDir
    Path dir;

    @Test
    void a_configured_file_in_a_missing_directory_is_refused_at_start_and_nothing_is_created() {
        Path typo = dir.resolve("dta").resolve("banking.db");

        assertThatThrownBy(() -> start(typo.toString()))
                .rootCause().hasMessageContaining("BANK_DB is '" + typo + "'")
                .hasMessageContaining("does not exist");
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void a_jdbc_url_to_a_file_in_a_missing_directory_is_refused_too() {
        Path typo = dir.resolve("dta").resolve("banking.db");

        assertThatThrownBy(() -> start("jdbc:sqlite:" + typo)).rootCause().hasMessageContaining("does not exist");
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void a_configured_file_in_an_existing_directory_is_created() throws Exception {
        Path file = dir.resolve("banking.db");

        try (EmbeddedServer server = start(file.toString())) {
            assertThat(server.isRunning()).isTrue();
        }
        assertThat(file).exists();
    }

    /**
     * The default, ./data/banking.db, relative to this module: its directory is made (git ignores it), then
     * removed. Skipped when someone's ./data/ is already there, so that no one's ledger is touched.
     */
    @Test
    void the_default_file_has_its_directory_made() throws Exception {
        Path defaultDirectory = Path.of("data").toAbsolutePath();
        assumeFalse(Files.exists(defaultDirectory), "./data/ exists already");
        try (EmbeddedServer server = start("./data/banking.db")) {
            assertThat(server.isRunning()).isTrue();
        } finally {
            assertThat(defaultDirectory.resolve("banking.db")).exists();
            try (var files = Files.walk(defaultDirectory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static EmbeddedServer start(String database) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "bank.db", database,
                "bank.jwt.secret", "test-only-secret-not-used-anywhere-else-0123456789", "bank.bcrypt-cost", 4));
    }
}
