package bankcore.dashboard;

import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardConfigTest {

    @Test
    void works_on_a_laptop_without_any_setting() {
        DashboardConfig config = DashboardConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.database()).isEqualTo("./data/banking.db");
        assertThat(config.databaseUser()).isEmpty();
        assertThat(config.databasePassword()).isEmpty();
        assertThat(config.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(config.adminEmail()).isEmpty();
        assertThat(config.adminPassword()).isEmpty();
    }

    @Test
    void reads_every_setting_from_the_environment() {
        DashboardConfig config = DashboardConfig.fromEnvironment(Map.of("BANK_DASHBOARD_PORT", "9090",
                "BANK_DB", "jdbc:postgresql://db/bank", "BANK_DB_USER", "bank", "BANK_DB_PASSWORD", "fake-db-password",
                "BANK_CURRENCY", "chf", "BANK_ADMIN_EMAIL", "ops@bank.test", "BANK_ADMIN_PASSWORD", "fake-password"));

        assertThat(config).isEqualTo(new DashboardConfig(9090, "jdbc:postgresql://db/bank", Optional.of("bank"),
                Optional.of("fake-db-password"), Currency.getInstance("CHF"), Optional.of("ops@bank.test"),
                Optional.of("fake-password")));
    }

    @Test
    void refuses_a_port_that_is_not_a_port_with_a_clear_message() {
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("BANK_DASHBOARD_PORT", "80a")))
                .hasMessageContaining("BANK_DASHBOARD_PORT must be a number");
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("BANK_DASHBOARD_PORT", "70000")))
                .hasMessageContaining("BANK_DASHBOARD_PORT must be 1-65535");
    }

    @Test
    void refuses_an_unknown_currency() {
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("BANK_CURRENCY", "EURO")))
                .hasMessageContaining("BANK_CURRENCY must be an ISO 4217 code");
    }
}
