package bankcore.dashboard.ui;

import bankcore.core.domain.Money;
import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.ui.component.EChart;
import bankcore.dashboard.ui.format.Formats;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WealthViewTest extends DashboardUiTest {

    /** Admin 0, Dee 20.00, Cyd 75.25, Bob 330.50, Ada 850.00 (in cents). */
    private static final long[] BALANCES = {0, 2_000, 7_525, 33_050, 85_000};

    @Test
    void shows_the_gini_coefficient_of_customer_balances() {
        navigateTo(WealthView.class);

        assertThat(number("gini")).isEqualTo(Formats.ratio(giniByPairs(BALANCES))).isEqualTo("0.630");
        assertThat(number("holders")).isEqualTo("5");
        assertThat(number("holdings")).isEqualTo(Formats.money(seeded.liquidity()));
    }

    @Test
    void shows_every_customer_account_in_the_histogram() {
        navigateTo(WealthView.class);

        JsonNode option = _get(EChart.class, spec -> spec.withId("wealth-histogram")).getOption();
        JsonNode labels = option.get("xAxis").get("data");
        JsonNode counts = option.get("series").get(0).get("data");
        assertThat(labels.get(0).asText()).isEqualTo("0");
        assertThat(counts.get(0).asLong()).isEqualTo(1);
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        assertThat(total).isEqualTo(BALANCES.length);
        int tens = indexOf(labels, "€10–100");
        assertThat(counts.get(tens).asLong()).isEqualTo(2);
    }

    @Test
    void draws_a_lorenz_curve_from_equality_to_everything() {
        navigateTo(WealthView.class);

        JsonNode curve = _get(EChart.class, spec -> spec.withId("wealth-lorenz")).getOption().get("series").get(0).get("data");
        assertThat(curve.get(0).get(1).asDouble()).isZero();
        assertThat(curve.get(curve.size() - 1).get(0).asDouble()).isEqualTo(100.0);
        assertThat(curve.get(curve.size() - 1).get(1).asDouble()).isEqualTo(100.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_the_richest_accounts_first_with_their_owners() {
        navigateTo(WealthView.class);

        Grid<WealthView.TopAccount> grid = _get(Grid.class, spec -> spec.withId("top-accounts"));
        List<String> first = GridKt._getFormattedRow(grid, 0);
        List<String> second = GridKt._getFormattedRow(grid, 1);
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(first).containsExactly("1", String.valueOf(seeded.ada.id()), "Ada Lovelace", "€850.00");
        assertThat(second).containsExactly("2", String.valueOf(seeded.bob.id()), "Bob Babbage",
                Formats.money(Money.of(33_050, SeededLedger.EUR)));
    }

    /** Gini as the mean absolute difference over all pairs, halved and divided by the mean: an independent formula. */
    private static double giniByPairs(long[] values) {
        double differences = 0;
        double sum = 0;
        for (long a : values) {
            sum += a;
            for (long b : values) {
                differences += Math.abs(a - b);
            }
        }
        return differences / (2.0 * values.length * sum);
    }

    private static int indexOf(JsonNode labels, String label) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).asText().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no bucket " + label + " in " + labels);
    }
}
