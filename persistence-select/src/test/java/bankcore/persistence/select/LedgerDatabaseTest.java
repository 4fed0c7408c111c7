package bankcore.persistence.select;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.persistence.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void a_file_in_a_missing_directory_is_refused_as_a_path_or_a_url_and_nothing_is_created() {
        Path typo = dir.resolve("dta").resolve("banking.db");

        for (String configured : new String[] {typo.toString(), "jdbc:sqlite:" + typo}) {
            LedgerDatabase database = LedgerDatabase.of(configured, null, null);
            assertThatThrownBy(() -> database.open(InstantSource.system()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("BANK_DB is '" + configured + "'").hasMessageContaining("does not exist");
        }
        assertThat(typo.getParent()).doesNotExist();
    }

    @Test
    void a_file_in_an_existing_directory_is_created_with_its_credential_store() {
        Path file = dir.resolve("banking.db");

        try (OpenedLedger opened = LedgerDatabase.of(file.toString(), "ignored", "ignored").open(InstantSource.system())) {
            assertThat(opened.credentialStore().tokenGeneration(1)).isZero();
        }
        assertThat(file).exists();
        assertThat(LedgerDatabase.of(file.toString(), null, null).sqliteFile()).contains(file);
    }

    @Test
    void bank_db_defaults_to_the_file_under_data() {
        LedgerDatabase database = LedgerDatabase.fromEnvironment(Map.of());

        assertThat(database.isPostgres()).isFalse();
        assertThat(database.sqliteFile()).contains(Path.of(LedgerDatabase.DEFAULT_FILE).toAbsolutePath().normalize());
    }

    @Test
    void a_jdbc_url_of_another_database_is_refused() {
        assertThatThrownBy(() -> LedgerDatabase.of("jdbc:mysql://db/bank", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void a_postgres_password_is_never_shown() {
        LedgerDatabase database = LedgerDatabase.of("jdbc:postgresql://db/bank?user=bank&password=fake-secret", null, null);

        assertThat(database.isPostgres()).isTrue();
        assertThat(database.sqliteFile()).isEmpty();
        assertThat(database).hasToString("jdbc:postgresql://db/bank?user=bank&password=***");
    }

    /** The user comes from BANK_DB_USER here, the URL naming none, and the credential store works on every node. */
    @Test
    void a_postgres_url_opens_the_ledger_and_its_credential_store_with_the_user_from_the_environment() {
        String url = TestDatabase.freshSchemaUrl();
        String user = url.replaceAll(".*[?&]user=([^&]*).*", "$1");
        String withoutUser = url.replaceAll("user=[^&]*&?", "");
        LedgerDatabase database = LedgerDatabase.fromEnvironment(Map.of("BANK_DB", withoutUser, "BANK_DB_USER", user));

        long id;
        try (OpenedLedger node = database.open(InstantSource.system())) {
            Ledger ledger = Ledger.builder(node.ledgerStore(), node.customerStore()).build();
            id = ledger.registration().register(RegisterCustomer.Command.customer("Ada", "ada@example.org", null,
                    Currencies.of("EUR"))).customer().id();
            node.credentialStore().revokeToken("token-1", InstantSource.system().instant().plus(Duration.ofHours(1)));
        }
        try (OpenedLedger otherNode = database.open(InstantSource.system())) {
            assertThat(otherNode.customerStore().findCustomer(id)).isPresent();
            assertThat(otherNode.credentialStore().isRevoked("token-1")).isTrue();
        }
    }
}
