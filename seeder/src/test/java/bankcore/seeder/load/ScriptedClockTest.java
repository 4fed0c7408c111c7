package bankcore.seeder.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptedClockTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    void each_read_takes_the_next_scripted_instant_and_then_repeats_the_last() {
        ScriptedClock clock = new ScriptedClock(START);
        clock.script(new long[] {START.toEpochMilli() + 1, START.toEpochMilli() + 5});

        assertThat(clock.instant()).isEqualTo(START.plusMillis(1));
        assertThat(clock.unread()).isEqualTo(1);
        assertThat(clock.instant()).isEqualTo(START.plusMillis(5));
        assertThat(clock.instant()).isEqualTo(START.plusMillis(5));
        assertThat(clock.unread()).isZero();
    }

    @Test
    void once_released_it_is_the_real_clock() {
        ScriptedClock clock = new ScriptedClock(START);
        clock.script(START.plusMillis(7));

        clock.release();

        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
