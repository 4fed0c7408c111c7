package bankcore.core.domain.analytics;

import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WealthDistributionTest {
    private static final Currency EUR = Currencies.of("EUR");

    @Test
    void gini_is_zero_when_everyone_holds_the_same() {
        assertThat(WealthDistribution.of(EUR, new long[] {500, 500, 500, 500}).gini()).isCloseTo(0, within(1e-12));
    }

    @Test
    void gini_approaches_one_when_one_account_holds_everything() {
        long[] balances = new long[1_000];
        balances[999] = 1_000_000;
        assertThat(WealthDistribution.of(EUR, balances).gini()).isCloseTo(0.999, within(1e-9));
    }

    @Test
    void the_histogram_uses_log_buckets_in_major_units_and_counts_every_account() {
        WealthDistribution distribution = WealthDistribution.of(EUR, new long[] {0, 0, 50, 100, 999, 1_000, 123_456});

        assertThat(distribution.histogram()).extracting(WealthBucket::accounts).containsExactly(2L, 1L, 2L, 1L, 0L, 1L);
        assertThat(distribution.histogram().get(2).lower()).isEqualTo(Money.parse("1.00", EUR));
        assertThat(distribution.histogram().get(2).upper()).isEqualTo(Money.parse("10.00", EUR));
        assertThat(distribution.total()).isEqualTo(Money.of(125_605, EUR));
    }

    @Test
    void the_lorenz_curve_runs_from_the_origin_to_one_one_and_never_decreases() {
        WealthDistribution distribution = WealthDistribution.of(EUR, new long[] {1, 2, 3, 10, 100});

        assertThat(distribution.lorenz().get(0)).isEqualTo(new LorenzPoint(0, 0));
        LorenzPoint last = distribution.lorenz().get(distribution.lorenz().size() - 1);
        assertThat(last.populationShare()).isEqualTo(1.0);
        assertThat(last.wealthShare()).isEqualTo(1.0);
        for (int i = 1; i < distribution.lorenz().size(); i++) {
            assertThat(distribution.lorenz().get(i).wealthShare())
                    .isGreaterThanOrEqualTo(distribution.lorenz().get(i - 1).wealthShare());
        }
    }

    @Test
    void an_empty_ledger_has_an_empty_distribution() {
        WealthDistribution distribution = WealthDistribution.of(EUR, new long[0]);
        assertThat(distribution.gini()).isZero();
        assertThat(distribution.histogram()).isEmpty();
    }

    @Test
    void balances_near_the_top_of_a_long_still_land_in_a_bucket() {
        WealthDistribution distribution = WealthDistribution.of(EUR, new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2});
        assertThat(distribution.histogram().stream().mapToLong(WealthBucket::accounts).sum()).isEqualTo(2);
    }
}
