package bankcore.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Money's properties, checked over thousands of random values (a fixed seed per run, printed in the
 * test name, so a failure reproduces) and the edges where money bugs live.
 */
class MoneyTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Currency JPY = Currencies.of("JPY");
    private static final Currency BHD = Currencies.of("BHD");
    private static final long SEED = 20261125L;

    static LongStream randomMinorAmounts() {
        Random random = new Random(SEED);
        return LongStream.concat(LongStream.of(0, 1, -1, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1),
                LongStream.generate(() -> switch (random.nextInt(3)) {
                    case 0 -> random.nextLong();
                    case 1 -> random.nextInt(1_000_000) - 500_000;
                    default -> (long) (random.nextGaussian() * 1e12);
                }).limit(20_000));
    }

    static Stream<long[]> randomPairs() {
        Random random = new Random(SEED + 1);
        return Stream.concat(Stream.of(new long[] {Long.MAX_VALUE, 1}, new long[] {Long.MIN_VALUE, -1},
                        new long[] {Long.MAX_VALUE, Long.MAX_VALUE}, new long[] {Long.MIN_VALUE, Long.MIN_VALUE}),
                Stream.generate(() -> new long[] {random.nextLong() >> random.nextInt(64),
                        random.nextLong() >> random.nextInt(64)}).limit(20_000));
    }

    @Test
    void formatting_then_parsing_gives_back_the_same_amount_in_every_currency() {
        randomMinorAmounts().forEach(minor -> {
            for (Currency currency : new Currency[] {EUR, JPY, BHD}) {
                Money money = Money.of(minor, currency);
                assertThat(Money.parse(money.toPlainString(), currency)).as("round trip of %s", money).isEqualTo(money);
                assertThat(Money.of(money.toDecimal(), currency)).as("decimal of %s", money).isEqualTo(money);
            }
        });
    }

    @Test
    void addition_and_subtraction_are_exact_or_refused_never_wrapped() {
        randomPairs().forEach(pair -> {
            Money a = Money.of(pair[0], EUR);
            Money b = Money.of(pair[1], EUR);
            assertExactOrOutOfRange(() -> a.plus(b), BigInteger.valueOf(pair[0]).add(BigInteger.valueOf(pair[1])));
            assertExactOrOutOfRange(() -> a.minus(b),
                    BigInteger.valueOf(pair[0]).subtract(BigInteger.valueOf(pair[1])));
        });
    }

    private static void assertExactOrOutOfRange(java.util.function.Supplier<Money> operation, BigInteger exact) {
        if (exact.bitLength() < 64) {
            assertThat(BigInteger.valueOf(operation.get().amountMinor())).isEqualTo(exact);
        } else {
            assertThatThrownBy(operation::get).isInstanceOfSatisfying(LedgerException.class,
                    e -> assertThat(e.refusal()).isEqualTo(Refusal.AMOUNT_OUT_OF_RANGE));
        }
    }

    @Test
    void parses_the_minor_digits_of_each_currency() {
        assertThat(Money.parse("12.5", EUR).amountMinor()).isEqualTo(1250);
        assertThat(Money.parse("1.500", EUR).amountMinor()).isEqualTo(150);
        assertThat(Money.parse("1200", JPY).amountMinor()).isEqualTo(1200);
        assertThat(Money.parse("1.234", BHD).amountMinor()).isEqualTo(1234);
        assertThat(Money.parse("-0", EUR)).isEqualTo(Money.zero(EUR));
        assertThat(Money.of(new BigDecimal("0.1").add(new BigDecimal("0.2")), EUR).toPlainString()).isEqualTo("0.30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.005", "0.001", "1.0000001"})
    void refuses_more_decimals_than_the_currency_has_instead_of_rounding(String amount) {
        assertRefused(amount, EUR, Refusal.INVALID_AMOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "1e3", "1E-2", "+1", "1,00", "1.", ".5", "0x10", "NaN", "Infinity",
            "١٢", "１", "--1", "1.2.3"})
    void refuses_anything_but_plain_ascii_decimals(String amount) {
        assertRefused(amount, EUR, Refusal.INVALID_AMOUNT);
    }

    @Test
    void refuses_amounts_beyond_a_long() {
        assertRefused("92233720368547758.08", EUR, Refusal.AMOUNT_OUT_OF_RANGE);
        assertRefused("9".repeat(40), EUR, Refusal.AMOUNT_OUT_OF_RANGE);
        assertThat(Money.parse("92233720368547758.07", EUR).amountMinor()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void refuses_absurd_exponents_at_once_with_a_short_message() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E+300000000"), EUR))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.AMOUNT_OUT_OF_RANGE));
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E-1000000"), EUR))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.INVALID_AMOUNT);
                    assertThat(e.detail()).hasSizeLessThan(200);
                });
        assertThat(Money.of(new BigDecimal("1.500"), EUR).amountMinor()).isEqualTo(150);
    }

    @Test
    void refuses_to_mix_currencies() {
        assertThatThrownBy(() -> Money.parse("1", EUR).plus(Money.parse("1", JPY)))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.CURRENCY_MISMATCH));
    }

    @Test
    void refuses_currencies_without_a_minor_unit_and_unknown_codes() {
        assertThatThrownBy(() -> Currencies.of("XAU")).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.UNSUPPORTED_CURRENCY));
        assertThatThrownBy(() -> Currencies.of("ABC")).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> Currencies.of("eur")).isInstanceOf(LedgerException.class);
    }

    @Test
    void negating_the_smallest_long_is_refused() {
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, EUR).negate()).isInstanceOf(LedgerException.class);
        assertThat(Money.of(-5, EUR).negate()).isEqualTo(Money.of(5, EUR));
    }

    private static void assertRefused(String amount, Currency currency, Refusal refusal) {
        assertThatThrownBy(() -> Money.parse(amount, currency)).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
