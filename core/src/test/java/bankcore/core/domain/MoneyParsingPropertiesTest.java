package bankcore.core.domain;

import bankcore.core.contract.PropertyRun;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Money#parse} against an oracle written apart from it: a text is an amount exactly when it is plain
 * ASCII decimal (an optional minus, 1 to 40 digits, optionally a point and 1 to 40 digits) whose value in
 * cents is a whole number that a long holds; then it is that many cents, and otherwise the refusal is
 * invalid-amount or amount-out-of-range, never another exception. Texts come from three generators: well-formed
 * decimals of every length and scale, noise over an alphabet of look-alikes (signs, exponents, separators,
 * Unicode digits), and every amount in cents written back as text.
 */
class MoneyParsingPropertiesTest {

    private static final Currency EUR = Currencies.of("EUR");
    private static final String NOISE = "0123456789.-+eE ,_x\u0661\uFF11\u00A0";
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    @Test
    void a_text_parses_exactly_when_the_oracle_says_it_is_an_amount_and_to_the_oracles_cents() {
        PropertyRun.check("Money.parse agrees with the oracle", 20_000, MoneyParsingPropertiesTest::anyText,
                MoneyParsingPropertiesTest::agreesWithOracle);
    }

    @Test
    void every_amount_in_cents_written_as_text_parses_back_to_itself() {
        PropertyRun.check("cents survive a round trip through text", 20_000,
                random -> random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE), cents -> {
                    Money money = Money.of(cents, EUR);
                    assertThat(Money.parse(money.toPlainString(), EUR)).isEqualTo(money);
                });
    }

    private static void agreesWithOracle(String text) {
        BigDecimal cents = oracleCents(text);
        Money parsed;
        try {
            parsed = Money.parse(text, EUR);
        } catch (LedgerException refused) {
            assertThat(cents).as("refused a text the oracle takes: " + refused).isNull();
            assertThat(refused.refusal()).isIn(Refusal.INVALID_AMOUNT, Refusal.AMOUNT_OUT_OF_RANGE);
            return;
        }
        assertThat(cents).as("took a text the oracle refuses").isNotNull();
        assertThat(parsed.amountMinor()).isEqualTo(cents.longValueExact());
        assertThat(parsed.currency()).isEqualTo(EUR);
    }

    /** The value in cents, or null when the text is no amount; decided character by character, without regex. */
    private static BigDecimal oracleCents(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        String whole = point < 0 ? text.substring(start) : text.substring(start, point);
        String fraction = point < 0 ? "0" : text.substring(point + 1);
        if (!plainDigits(whole) || !plainDigits(fraction) || point >= 0 && fraction.isEmpty()) {
            return null;
        }
        BigDecimal cents = new BigDecimal(text).movePointRight(2);
        boolean wholeCents = cents.signum() == 0 || cents.stripTrailingZeros().scale() <= 0;
        if (!wholeCents || cents.compareTo(LONG_MIN) < 0 || cents.compareTo(LONG_MAX) > 0) {
            return null;
        }
        return cents.setScale(0);
    }

    private static boolean plainDigits(String digits) {
        return !digits.isEmpty() && digits.length() <= 40 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String anyText(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> wellFormed(random);
            case 1 -> noise(random);
            default -> Money.of(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), EUR).toPlainString();
        };
    }

    private static String wellFormed(SplittableRandom random) {
        StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "-" : "");
        digits(text, random, 1 + random.nextInt(random.nextBoolean() ? 4 : 42));
        if (random.nextBoolean()) {
            digits(text.append('.'), random, 1 + random.nextInt(random.nextBoolean() ? 3 : 42));
        }
        return text.toString();
    }

    private static void digits(StringBuilder text, SplittableRandom random, int count) {
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + (random.nextInt(4) == 0 ? 0 : random.nextInt(10))));
        }
    }

    private static String noise(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return text.toString();
    }
}
