package bankcore.core.service;

import bankcore.core.contract.SettableClock;
import bankcore.core.domain.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {
    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void an_attackers_failures_do_not_slow_the_owner_at_another_address() {
        fail("ada@example.org", ATTACKER, 50);

        assertThatThrownBy(() -> throttle.requireAllowed("ada@example.org", ATTACKER))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatCode(() -> throttle.requireAllowed("ada@example.org", OWNER)).doesNotThrowAnyException();
    }

    @Test
    void the_wait_doubles_with_each_failure_past_the_free_ones_up_to_fifteen_minutes() {
        fail("ada@example.org", ATTACKER, LoginThrottle.FREE_FAILURES_PER_EMAIL_AND_ADDRESS);
        assertThat(waitFor("ada@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(1));

        fail("ada@example.org", ATTACKER, 1);
        assertThat(waitFor("ada@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(2));
        fail("ada@example.org", ATTACKER, 1);
        assertThat(waitFor("ada@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(4));

        fail("ada@example.org", ATTACKER, 30);
        assertThat(waitFor("ada@example.org", ATTACKER)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void one_address_guessing_across_many_emails_is_slowed() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.requireAllowed("user" + i + "@example.org", ATTACKER);
            throttle.recordFailure("user" + i + "@example.org", ATTACKER);
        }

        assertThatThrownBy(() -> throttle.requireAllowed("someone-new@example.org", ATTACKER))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatCode(() -> throttle.requireAllowed("someone-new@example.org", OWNER)).doesNotThrowAnyException();
    }

    @Test
    void a_success_clears_that_email_at_that_address_but_not_the_address_across_emails() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("victim" + i + "@example.org", ATTACKER);
        }
        throttle.recordSuccess("attackers-own@example.org", ATTACKER);

        assertThatThrownBy(() -> throttle.requireAllowed("victim99@example.org", ATTACKER))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void counts_are_forgotten_after_an_hour_without_failures() {
        fail("ada@example.org", ATTACKER, 40);

        clock.advance(LoginThrottle.FORGOTTEN_AFTER.plusSeconds(1));

        assertThatCode(() -> throttle.requireAllowed("ada@example.org", ATTACKER)).doesNotThrowAnyException();
        fail("ada@example.org", ATTACKER, 1);
        assertThatCode(() -> throttle.requireAllowed("ada@example.org", ATTACKER)).doesNotThrowAnyException();
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    private Duration waitFor(String email, String address) {
        try {
            throttle.requireAllowed(email, address);
            return Duration.ZERO;
        } catch (TooManyAttemptsException refused) {
            return refused.retryAfter();
        }
    }
}
