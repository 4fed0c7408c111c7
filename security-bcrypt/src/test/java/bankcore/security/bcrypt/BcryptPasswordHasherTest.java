package bankcore.security.bcrypt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void accepts_the_password_it_hashed_and_nothing_else() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hash).startsWith("$2a$04$").doesNotContain("correct");
        assertThat(hasher.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), hash)).isFalse();
    }

    @Test
    void salts_each_hash_so_equal_passwords_hash_differently() {
        assertThat(hasher.hash("same-password".toCharArray())).isNotEqualTo(hasher.hash("same-password".toCharArray()));
    }

    @Test
    void tells_apart_long_passwords_that_share_their_first_72_bytes() {
        String prefix = "x".repeat(72);
        String hash = hasher.hash((prefix + "-one").toCharArray());

        assertThat(hasher.matches((prefix + "-one").toCharArray(), hash)).isTrue();
        assertThat(hasher.matches((prefix + "-two").toCharArray(), hash)).isFalse();
    }

    @Test
    void rejects_hashes_it_did_not_make() {
        assertThat(hasher.matches("anything".toCharArray(), null)).isFalse();
        assertThat(hasher.matches("anything".toCharArray(), "plaintext")).isFalse();
    }

    @Test
    void refuses_a_cost_outside_bcrypts_range() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
