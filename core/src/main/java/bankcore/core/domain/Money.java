package bankcore.core.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of one currency, in its minor units (cents for EUR). Arithmetic is
 * overflow-checked and refuses to mix currencies; decimals are parsed without rounding:
 * {@code 10.005 EUR} is an error, never 10.00 or 10.01.
 */
public record Money(long amountMinor, Currency currency) implements Comparable<Money> {

    /** Plain ASCII digits with an optional sign and fraction: no exponent, no grouping, no Unicode digits. */
    /** A long holds at most 19 decimal digits. */
    private static final int MAX_INTEGER_DIGITS = 19;
    /** No real amount is written with more digits than this, trailing zeros included. */
    private static final int MAX_WRITTEN_DIGITS = 100;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,40})?");

    public Money {
        Objects.requireNonNull(currency, "currency");
        Currencies.requireSupported(currency);
    }

    public static Money of(long amountMinor, Currency currency) {
        return new Money(amountMinor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses a decimal such as {@code "12.50"}; trailing zeros beyond the minor digits are fine ({@code "1.500"}). */
    public static Money parse(String decimal, Currency currency) {
        if (decimal == null || !DECIMAL.matcher(decimal).matches()) {
            throw Refusal.INVALID_AMOUNT.because("amount must be a plain decimal number such as 12.50, got '"
                    + abbreviate(decimal) + "'");
        }
        return of(new BigDecimal(decimal), currency);
    }

    /** Converts an exact decimal; refuses more fraction digits than the currency has, and values beyond a long. */
    public static Money of(BigDecimal decimal, Currency currency) {
        Objects.requireNonNull(decimal, "decimal");
        int digits = Currencies.minorDigits(currency);
        // Bounded work for absurd inputs (1E+300000000, 1E-1000000) before any arithmetic on them.
        if (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("amount " + abbreviate(decimal.toString())
                    + " is beyond what the ledger can hold");
        }
        if (decimal.scale() > MAX_WRITTEN_DIGITS || decimal.precision() > MAX_WRITTEN_DIGITS) {
            throw Refusal.INVALID_AMOUNT.because("amount " + abbreviate(decimal.toString()) + " has more than "
                    + MAX_WRITTEN_DIGITS + " digits");
        }
        BigDecimal normalized = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        if (normalized.scale() > digits) {
            throw Refusal.INVALID_AMOUNT.because("amount " + abbreviate(decimal.toPlainString()) + " has more than " + digits
                    + " decimal places for " + currency.getCurrencyCode());
        }
        try {
            return new Money(normalized.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException tooLarge) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("amount " + abbreviate(decimal.toPlainString())
                    + " is beyond what the ledger can hold");
        }
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amountMinor, Currencies.minorDigits(currency));
    }

    /** The amount with exactly the currency's minor digits, dot-separated: {@code "100.00"}. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
        } catch (ArithmeticException overflow) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("sum of " + this + " and " + other + " overflows");
        }
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
        } catch (ArithmeticException overflow) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("difference of " + this + " and " + other + " overflows");
        }
    }

    public Money negate() {
        try {
            return new Money(Math.negateExact(amountMinor), currency);
        } catch (ArithmeticException overflow) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("cannot negate " + this);
        }
    }

    public boolean isPositive() {
        return amountMinor > 0;
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    public void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw Refusal.CURRENCY_MISMATCH.because(currency.getCurrencyCode() + " and "
                    + other.currency.getCurrencyCode() + " cannot be combined");
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amountMinor, other.amountMinor);
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
