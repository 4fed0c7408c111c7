package bankcore.security.bcrypt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
