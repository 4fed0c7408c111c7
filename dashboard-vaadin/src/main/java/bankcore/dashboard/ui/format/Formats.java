package bankcore.dashboard.ui.format;

import bankcore.core.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dashboard writes numbers: money exactly, with its currency symbol and thousands
 * separators; times in UTC, the ledger's own zone, so every operator reads the same clock.
 */
public final class Formats {

    private static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", LOCALE).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", LOCALE).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code €1,234.56}: every minor digit shown, never rounded. */
    public static String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        format.setCurrency(money.currency());
        int digits = money.currency().getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toDecimal());
    }

    /** {@code 1,234,567}. */
    public static String count(long count) {
        return NumberFormat.getIntegerInstance(LOCALE).format(count);
    }

    /** The change from {@code before} to {@code now}: {@code +12.5%}, {@code -3.0%}, {@code ±0%}, or "new". */
    public static String change(long now, long before) {
        if (before == 0) {
            return now == 0 ? "±0%" : "new";
        }
        BigDecimal percent = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        int sign = percent.signum();
        return (sign > 0 ? "+" : sign == 0 ? "±" : "") + percent.toPlainString() + "%";
    }

    /** {@code 950}, {@code 1K}, {@code 10K}, {@code 1M}: a round amount, short (for chart labels). */
    public static String compact(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(LOCALE, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(amount);
    }

    /** {@code 0.437}: the Gini coefficient to three places. */
    public static String ratio(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
