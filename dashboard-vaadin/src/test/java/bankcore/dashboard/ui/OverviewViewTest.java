package bankcore.dashboard.ui;

import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.ui.format.Formats;
import bankcore.dashboard.ui.component.EChart;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewTest extends DashboardUiTest {

    /** The core counts whole minutes: the last 24 h end at the start of the next minute. */
    private static final Instant WINDOW_END = SeededLedger.NOW.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));

    @Test
    void shows_the_liquidity_that_the_customer_accounts_hold() {
        navigateTo(OverviewView.class);

        assertThat(number("liquidity-EUR")).isEqualTo("€1,275.75").isEqualTo(Formats.money(seeded.liquidity()));
    }

    @Test
    void shows_the_counts_of_customers_accounts_and_transfers() {
        navigateTo(OverviewView.class);

        // The admin is a customer of the bank too, with an account; the cash account is the bank's own.
        assertThat(number("customers")).isEqualTo("5");
        assertThat(number("accounts")).isEqualTo("6");
        assertThat(number("transfers")).isEqualTo(String.valueOf(seeded.journal.size()));
    }

    @Test
    void shows_today_and_the_last_24_hours_with_the_change_against_the_day_before() {
        navigateTo(OverviewView.class);

        Instant midnight = SeededLedger.NOW.truncatedTo(ChronoUnit.DAYS);
        List<Transfer> today = seeded.postedBetween(midnight, WINDOW_END);
        List<Transfer> lastDay = seeded.postedBetween(WINDOW_END.minus(Duration.ofDays(1)), WINDOW_END);
        List<Transfer> dayBefore = seeded.postedBetween(WINDOW_END.minus(Duration.ofDays(2)),
                WINDOW_END.minus(Duration.ofDays(1)));
        assertThat(lastDay).hasSize(4);
        assertThat(dayBefore).hasSize(1);

        assertThat(number("today-count-EUR")).isEqualTo(String.valueOf(today.size()));
        assertThat(number("today-volume-EUR")).isEqualTo(Formats.money(SeededLedger.volumeOf(today)));
        assertThat(number("day-count-EUR")).isEqualTo("4");
        assertThat(number("day-count-EUR-note")).startsWith("+300.0%");
        assertThat(number("day-volume-EUR")).isEqualTo("€245.25");
        assertThat(number("day-volume-EUR-note")).startsWith("-2.1%");
    }

    @Test
    void shows_holds_outstanding_credit_used_and_recent_expiries() {
        seeded.ledger.accountControls().setCreditLimit(seeded.dee.id(), SeededLedger.eur("100.00"));
        seeded.transfer(seeded.dee, seeded.cyd, "30.00");
        Transfer expiring = seeded.ledger.holds().submit(Movement.held(TransferCommand.of(seeded.bob.id(),
                seeded.cyd.id(), SeededLedger.eur("5.00"), "held"), Duration.ofMinutes(1))).transfer();
        seeded.ledger.holds().submit(Movement.held(TransferCommand.of(seeded.ada.id(), seeded.cyd.id(),
                SeededLedger.eur("12.50"), "held"), Duration.ofHours(1)));
        seeded.clock.advance(Duration.ofMinutes(2));
        seeded.ledger.holds().expireDue();

        navigateTo(OverviewView.class);

        assertThat(number("holds-EUR")).isEqualTo("€12.50");
        assertThat(number("holds-EUR-note")).isEqualTo("1 open");
        assertThat(number("credit-used-EUR")).isEqualTo("€10.00");
        assertThat(_get(Div.class, spec -> spec.withId("expiries-EUR")).getElement().getTextRecursively())
                .contains("€5.00").contains(expiring.id().toString()).contains("Bob Babbage → Cyd Charisse");
        assertThat(_get(Div.class, spec -> spec.withId("holds-panel-EUR")).getElement().getTextRecursively())
                .startsWith("EUR · holds and credit");
    }

    @Test
    void shows_that_the_ledger_verifies() {
        navigateTo(OverviewView.class);

        assertThat(seeded.ledger.verifier().verify().ok()).isTrue();
        assertThat(number("invariants-status")).startsWith("✔ Ledger verified");
    }

    @Test
    void shows_a_new_deposit_on_the_next_poll() {
        navigateTo(OverviewView.class);
        String before = number("liquidity-EUR");

        seeded.deposit(seeded.cyd, "24.25");
        poll();

        assertThat(before).isEqualTo("€1,275.75");
        assertThat(number("liquidity-EUR")).isEqualTo("€1,300.00").isEqualTo(Formats.money(seeded.liquidity()));
        assertThat(number("transfers")).isEqualTo(String.valueOf(seeded.journal.size()));
    }

    @Test
    void lists_the_largest_transfers_of_today_largest_first() {
        navigateTo(OverviewView.class);

        // Today began at 00:00 UTC: Bob's deposit 30 hours ago was yesterday.
        assertThat(largestAmounts()).containsExactly("€100.00", "€75.25", "€50.00", "€20.00");
        assertThat(_get(Span.class, spec -> spec.withClasses("largest-parties").withText("Ada Lovelace → Bob Babbage")))
                .isNotNull();
    }

    @Test
    void a_larger_transfer_joins_the_list_on_the_next_poll_and_the_smallest_drops_off() {
        navigateTo(OverviewView.class);

        seeded.deposit(seeded.dee, "500.00");
        seeded.deposit(seeded.dee, "1.00");
        seeded.deposit(seeded.dee, "30.00");
        poll();

        assertThat(largestAmounts()).hasSize(OverviewView.LARGEST_SHOWN)
                .containsExactly("€500.00", "€100.00", "€75.25", "€50.00", "€30.00");
    }

    @Test
    void the_list_starts_again_at_midnight() {
        navigateTo(OverviewView.class);

        seeded.clock.set(SeededLedger.NOW.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).plusSeconds(30));
        poll();

        assertThat(largestAmounts()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withText("No transfers yet today."))).isNotNull();
    }

    @Test
    void the_sparkline_charts_the_volume_of_the_last_24_hours() {
        navigateTo(OverviewView.class);

        JsonNode series = _get(EChart.class, spec -> spec.withId("sparkline-EUR")).getOption().path("series").get(0);
        BigDecimal charted = BigDecimal.ZERO;
        for (JsonNode bucket : series.path("data")) {
            charted = charted.add(bucket.decimalValue());
        }
        // The Flow view's "last 24 hours": 48 half-hour buckets, the last one still filling.
        assertThat(series.path("data")).hasSize(48);
        assertThat(charted).isEqualByComparingTo("245.25");
    }

    private static List<String> largestAmounts() {
        return _find(Span.class, spec -> spec.withClasses("largest-amount")).stream().map(Span::getText).toList();
    }
}
