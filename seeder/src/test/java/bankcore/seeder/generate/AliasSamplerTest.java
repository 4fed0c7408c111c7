package bankcore.seeder.generate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AliasSamplerTest {

    @Test
    void draws_each_index_in_proportion_to_its_weight() {
        AliasSampler sampler = new AliasSampler(new double[] {1, 0, 3, 6});
        Random random = new Random(1);
        int[] counts = new int[4];
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts[sampler.sample(random)]++;
        }

        assertThat(counts[1]).isZero();
        assertThat(counts[0] / (double) draws).isCloseTo(0.1, within(0.01));
        assertThat(counts[2] / (double) draws).isCloseTo(0.3, within(0.01));
        assertThat(counts[3] / (double) draws).isCloseTo(0.6, within(0.01));
    }

    @Test
    void refuses_weights_that_describe_no_distribution() {
        assertThatThrownBy(() -> new AliasSampler(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AliasSampler(new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AliasSampler(new double[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AliasSampler(new double[] {Double.NaN})).isInstanceOf(IllegalArgumentException.class);
    }
}
