package bankcore.core.contract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The property harness itself: it runs every case, fails on a false property, and a seed replays a run. */
class PropertyRunTest {

    @Test
    void a_property_that_holds_runs_every_case() {
        List<Integer> seen = new ArrayList<>();

        int ran = PropertyRun.check("non-negative", 500, 7L, random -> random.nextInt(1000), seen::add);

        assertThat(ran).isEqualTo(500);
        assertThat(seen).hasSize(500).allMatch(value -> value >= 0 && value < 1000);
    }

    @Test
    void a_false_property_fails_with_its_case_and_seed() {
        assertThatThrownBy(() -> PropertyRun.check("below 900", 10_000, 7L, random -> random.nextInt(1000),
                value -> assertThat(value).isLessThan(900)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property 'below 900' failed on case")
                .hasMessageContaining("-Dbankcore.properties.seed=7");
    }

    @Test
    void the_same_seed_gives_the_same_cases() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();

        PropertyRun.check("any", 50, 42L, random -> random.nextLong(), first::add);
        PropertyRun.check("any", 50, 42L, random -> random.nextLong(), second::add);

        assertThat(first).isEqualTo(second);
    }
}
