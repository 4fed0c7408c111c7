package bankcore.security.bcrypt;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class NbvcxzPasswordPolicyTest {
    private static final NbvcxzPasswordPolicy POLICY = new NbvcxzPasswordPolicy();
    private static final List<String> ADA = List.of("Ada Lovelace", "ada.lovelace@example.org");

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "password", "aaaaaaaa", "qwertyuiop", "P@ssw0rd123", "iloveyou12",
            "abcdefghij", "ada.lovelace", "lovelace1815"})
    void refuses_common_predictable_and_personal_passwords(String password) {
        assertThat(POLICY.weakness(password.toCharArray(), ADA)).hasValueSatisfying(
                why -> assertThat(why).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a brand new passphrase for gus", "zq8#Lm2v", "violet kettle under monday",
            "long-enough-password"})
    void accepts_passwords_an_attacker_would_not_guess_soon_without_composition_rules(String password) {
        assertThat(POLICY.weakness(password.toCharArray(), ADA)).isEmpty();
    }

    @Test
    void a_new_policy_does_not_wait_for_its_dictionaries_but_the_first_password_judged_does() throws Exception {
        CountDownLatch loadable = new CountDownLatch(1);
        NbvcxzPasswordPolicy policy = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                new NbvcxzPasswordPolicy(NbvcxzPasswordPolicy.inBackground(() -> {
                    awaitQuietly(loadable);
                    return ConfigurationBuilder.getDefaultDictionaries();
                })));

        CompletableFuture<Optional<String>> judged = CompletableFuture.supplyAsync(
                () -> policy.weakness("password".toCharArray(), ADA));
        Thread.sleep(200);
        assertThat(judged).as("still waiting for the dictionaries").isNotDone();

        loadable.countDown();
        assertThat(judged.get(60, TimeUnit.SECONDS)).isPresent();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
