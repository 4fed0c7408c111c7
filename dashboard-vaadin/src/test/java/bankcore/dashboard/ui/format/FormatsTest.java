package bankcore.dashboard.ui.format;

import bankcore.core.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void writes_money_with_every_minor_digit_and_thousands_separators() {
        assertThat(Formats.money(Money.of(123_456_789_01L, EUR))).isEqualTo("€123,456,789.01");
        assertThat(Formats.money(Money.of(5, EUR))).isEqualTo("€0.05");
        assertThat(Formats.money(Money.of(-150, EUR))).isEqualTo("-€1.50");
        assertThat(Formats.money(Money.of(1_500, JPY))).isEqualTo("¥1,500");
    }

    @Test
    void never_rounds_an_amount_beyond_what_a_double_holds() {
        assertThat(Formats.money(Money.of(9_007_199_254_740_993L, EUR))).isEqualTo("€90,071,992,547,409.93");
    }

    @Test
    void writes_the_change_against_the_period_before() {
        assertThat(Formats.change(4, 1)).isEqualTo("+300.0%");
        assertThat(Formats.change(24_525, 25_050)).isEqualTo("-2.1%");
        assertThat(Formats.change(7, 7)).isEqualTo("±0.0%");
        assertThat(Formats.change(3, 0)).isEqualTo("new");
        assertThat(Formats.change(0, 0)).isEqualTo("±0%");
    }

    @Test
    void writes_round_amounts_short() {
        assertThat(Formats.compact(new BigDecimal("100"))).isEqualTo("100");
        assertThat(Formats.compact(new BigDecimal("10000"))).isEqualTo("10K");
        assertThat(Formats.compact(new BigDecimal("1000000"))).isEqualTo("1M");
    }
}
