package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Customer;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.in.RegisterCustomer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code CredentialStore} contract, through the core's {@code ManageCredentials} and {@code Authenticate}:
 * a password change raises the token generation, a revoked token stays revoked until it would have expired,
 * and both survive a restart. An implementation's test says how to open its store on one database.
 */
public abstract class CredentialStoreContract {
    private static final Currency EUR = Currencies.of("EUR");

    protected final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    /**
     * A ledger with the store's credential store, on {@link #clock} with a {@link PlainTextPasswordHasher}: on
     * an empty database at a test's first call, on the same database at every later call (a restart).
     */
    protected abstract Opened open();

    /** The ledger and the stores it was built on, closed after it. */
    public record Opened(Ledger ledger, AutoCloseable stores) implements AutoCloseable {
        long register(String email, String password) {
            return ledger.registration().register(RegisterCustomer.Command.customer("Someone", email,
                    password.toCharArray(), EUR)).customer().id();
        }

        @Override
        public void close() throws Exception {
            ledger.close();
            stores.close();
        }
    }

    @Test
    void a_password_change_raises_the_token_generation_and_both_survive_a_restart() throws Exception {
        long id;
        try (Opened bank = open()) {
            id = bank.register("ada@example.org", "first-password");
            assertThat(bank.ledger().credentials().standing(id)).hasValueSatisfying(
                    standing -> assertThat(standing.tokenGeneration()).isZero());

            ManageCredentials.Standing changed = bank.ledger().credentials()
                    .changePassword(id, "first-password".toCharArray(), "second-password".toCharArray(), "198.51.100.7");

            assertThat(changed.tokenGeneration()).isEqualTo(1);
        }
        try (Opened reopened = open()) {
            assertThat(reopened.ledger().credentials().standing(id).orElseThrow().tokenGeneration()).isEqualTo(1);
            Customer ada = reopened.ledger().authentication().login("ada@example.org", "second-password".toCharArray());
            assertThat(ada.id()).isEqualTo(id);
            assertThatThrownBy(() -> reopened.ledger().authentication().login("ada@example.org",
                    "first-password".toCharArray()))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_CREDENTIALS));
        }
    }

    @Test
    void a_wrong_current_password_changes_nothing() throws Exception {
        try (Opened bank = open()) {
            long id = bank.register("bob@example.org", "bobs-password");

            assertThatThrownBy(() -> bank.ledger().credentials().changePassword(id, "not-bobs-password".toCharArray(),
                    "new-password".toCharArray(), "198.51.100.7"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_CREDENTIALS));
            assertThat(bank.ledger().credentials().standing(id).orElseThrow().tokenGeneration()).isZero();
        }
    }

    @Test
    void a_revoked_token_stays_revoked_after_a_restart_until_it_would_have_expired() throws Exception {
        try (Opened bank = open()) {
            bank.ledger().credentials().revokeToken("token-1", clock.instant().plus(Duration.ofHours(1)));
            assertThat(bank.ledger().credentials().isRevoked("token-1")).isTrue();
            assertThat(bank.ledger().credentials().isRevoked("token-2")).isFalse();
        }
        clock.advance(Duration.ofHours(2));
        try (Opened reopened = open()) {
            assertThat(reopened.ledger().credentials().isRevoked("token-1")).isTrue();
            reopened.ledger().credentials().revokeToken("token-2", clock.instant().plus(Duration.ofHours(1)));
            assertThat(reopened.ledger().credentials().isRevoked("token-1"))
                    .as("an expired revocation is forgotten when the next one is stored").isFalse();
        }
    }
}
