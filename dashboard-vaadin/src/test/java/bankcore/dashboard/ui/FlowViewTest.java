package bankcore.dashboard.ui;

import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.ui.component.EChart;
import bankcore.dashboard.ui.format.Formats;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FlowViewTest extends DashboardUiTest {

    @Test
    void shows_the_last_24_hours_by_default() {
        navigateTo(FlowView.class);

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("range")).getValue()).isEqualTo(FlowView.Range.DAY);
    }

    /** NOW is 12:30:20: each range ends with the bar that holds it, so the last bar is still growing. */
    @ParameterizedTest(name = "{0}: {4} bars from {1} to {2}")
    @CsvSource({
        "HOUR,  2026-03-10T11:31:00Z, 2026-03-10T12:31:00Z, 2, 60",
        "DAY,   2026-03-09T13:00:00Z, 2026-03-10T13:00:00Z, 4, 48",
        "MONTH, 2026-02-09T00:00:00Z, 2026-03-11T00:00:00Z, 5, 30"})
    void shows_count_and_volume_of_the_range_in_bars(FlowView.Range range, Instant from, Instant to,
                                                     int transfers, int bars) {
        navigateTo(FlowView.class);

        pick(range);

        List<Transfer> expected = seeded.postedBetween(from, to);
        assertThat(expected).hasSize(transfers);
        assertShows(expected, bars);
    }

    @Test
    void shows_a_new_transfer_on_the_next_poll() {
        navigateTo(FlowView.class);

        seeded.transfer(seeded.bob, seeded.ada, "30.00");
        poll();

        assertThat(number("range-count")).isEqualTo("5");
        assertThat(number("range-volume")).isEqualTo("€275.25");
    }

    @SuppressWarnings("unchecked")
    private static void pick(FlowView.Range range) {
        ((RadioButtonGroup<FlowView.Range>) _get(RadioButtonGroup.class, spec -> spec.withId("range"))).setValue(range);
    }

    private static void assertShows(List<Transfer> expected, int bars) {
        Money volume = SeededLedger.volumeOf(expected);
        assertThat(number("range-count")).isEqualTo(String.valueOf(expected.size()));
        assertThat(number("range-volume")).isEqualTo(Formats.money(volume));

        JsonNode series = _get(EChart.class, spec -> spec.withId("flow-chart")).getOption().get("series");
        JsonNode volumes = series.get(0).get("data");
        JsonNode counts = series.get(1).get("data");
        assertThat(volumes).hasSize(bars);
        BigDecimal charted = BigDecimal.ZERO;
        long chartedCount = 0;
        for (int i = 0; i < bars; i++) {
            charted = charted.add(volumes.get(i).decimalValue());
            chartedCount += counts.get(i).asLong();
        }
        assertThat(charted).isEqualByComparingTo(volume.toDecimal());
        assertThat(chartedCount).isEqualTo(expected.size());
    }
}
