package bankcore.seeder.wiring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SeededIdSourceTest {

    private static List<UUID> ids(long seed, int count) {
        SeededIdSource source = new SeededIdSource(seed);
        return IntStream.range(0, count).mapToObj(i -> source.newTransferId()).toList();
    }

    @Test
    void the_same_seed_gives_the_same_ids_and_another_seed_others() {
        assertThat(ids(42, 100)).isEqualTo(ids(42, 100)).doesNotHaveDuplicates();
        assertThat(ids(43, 100)).doesNotContainAnyElementsOf(ids(42, 100));
    }

    @Test
    void ids_are_version_8_uuids_of_the_standard_variant() {
        assertThat(ids(1, 10)).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(8);
            assertThat(id.variant()).isEqualTo(2);
        });
    }

    @Test
    void each_id_sorts_after_the_one_before_as_text() {
        List<String> texts = ids(5, 1_000).stream().map(UUID::toString).toList();

        assertThat(texts).isSorted();
        assertThat(texts.get(0)).doesNotStartWith("0000");
    }
}
