package bankcore.dashboard.wiring;

import bankcore.dashboard.DashboardConfig;
import bankcore.persistence.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard opens whatever BANK_DB names, the way the API and the seeder do. */
class DashboardWiringTest {

    @TempDir
    Path dir;

    @Test
    void a_sqlite_file_in_a_missing_directory_is_refused_and_nothing_is_created() {
        Path typo = dir.resolve("dta").resolve("banking.db");

        assertThatThrownBy(() -> DashboardWiring.start(config(typo.toString())))
                .hasMessageContaining("BANK_DB is '" + typo + "'").hasMessageContaining("does not exist");
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void on_postgres_it_creates_the_admin_and_reads_the_ledger() {
        try (DashboardWiring dashboard = DashboardWiring.start(config(TestDatabase.freshSchemaUrl()))) {
            assertThat(dashboard.backend().authenticate().login("ops@bank.test", "fake-dashboard-password".toCharArray())
                    .email()).isEqualTo("ops@bank.test");
            assertThat(dashboard.backend().analytics().summary().customers()).isEqualTo(1);
        }
    }

    private static DashboardConfig config(String database) {
        return DashboardConfig.fromEnvironment(Map.of("BANK_DB", database, "BANK_ADMIN_EMAIL", "ops@bank.test",
                "BANK_ADMIN_PASSWORD", "fake-dashboard-password"));
    }
}
