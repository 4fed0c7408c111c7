package bankcore.core.port.out;

import bankcore.core.contract.SettableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdSourceTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T05:00:00.123Z"));
    private final IdSource ids = IdSource.timeOrdered(clock);

    @Test
    void an_id_is_a_version_7_uuid_that_starts_with_the_clocks_milliseconds() {
        UUID id = ids.newTransferId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
    }

    @Test
    void ids_made_in_a_later_millisecond_sort_after_earlier_ones_as_text_too() {
        UUID earlier = ids.newTransferId();
        clock.advance(Duration.ofMillis(1));
        UUID later = ids.newTransferId();

        // The journal keeps ids as text: the text must sort in the same order.
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void ids_in_the_same_millisecond_differ_in_their_random_bits() {
        Set<UUID> made = new HashSet<>();
        Set<Long> randomParts = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            UUID id = ids.newTransferId();
            made.add(id);
            randomParts.add(id.getLeastSignificantBits());
        }

        assertThat(made).hasSize(100_000);
        assertThat(randomParts).hasSize(100_000);
    }
}
