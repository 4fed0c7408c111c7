package bankcore.core.domain.analytics;

import bankcore.core.domain.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * How customer wealth in one currency is spread: a histogram with logarithmic buckets (0, under 1,
 * 1-10, 10-100, ... in major units), the Lorenz curve and the Gini coefficient (0 when everyone holds
 * the same, near 1 when one account holds everything).
 */
public record WealthDistribution(Currency currency, long accounts, Money total, List<WealthBucket> histogram,
                                 List<LorenzPoint> lorenz, double gini) {

    private static final int LORENZ_POINTS = 50;

    /** Computes the distribution from every customer account's balance, sorted ascending. */
    public static WealthDistribution of(Currency currency, long[] ascendingMinor) {
        long total = 0;
        for (long value : ascendingMinor) {
            total = Math.addExact(total, value);
        }
        return new WealthDistribution(currency, ascendingMinor.length, Money.of(total, currency),
                histogram(currency, ascendingMinor), lorenz(ascendingMinor, total), gini(ascendingMinor, total));
    }

    /** Gini = sum of (2i - n - 1) x_i over n times the total, for x sorted ascending and i from 1. */
    static double gini(long[] sorted, long total) {
        int n = sorted.length;
        if (n == 0 || total == 0) {
            return 0;
        }
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return weighted / ((double) n * total);
    }

    private static List<LorenzPoint> lorenz(long[] ascendingMinor, long total) {
        List<LorenzPoint> points = new ArrayList<>();
        points.add(new LorenzPoint(0, 0));
        int n = ascendingMinor.length;
        if (n == 0 || total == 0) {
            points.add(new LorenzPoint(1, 1));
            return points;
        }
        long running = 0;
        int next = 1;
        for (int i = 0; i < n; i++) {
            running += ascendingMinor[i];
            if ((long) (i + 1) * LORENZ_POINTS >= (long) next * n) {
                points.add(new LorenzPoint((i + 1) / (double) n, running / (double) total));
                next++;
            }
        }
        return points;
    }

    private static List<WealthBucket> histogram(Currency currency, long[] ascendingMinor) {
        long unit = 1;
        for (int d = 0; d < currency.getDefaultFractionDigits(); d++) {
            unit *= 10;
        }
        List<WealthBucket> buckets = new ArrayList<>();
        int i = 0;
        long lower = 0;
        long upper = 1;
        while (i < ascendingMinor.length) {
            long count = 0;
            while (i < ascendingMinor.length && (ascendingMinor[i] < upper || upper == Long.MAX_VALUE)) {
                count++;
                i++;
            }
            buckets.add(new WealthBucket(Money.of(lower, currency), Money.of(upper, currency), count));
            lower = upper;
            // "under 1" then "1-10" in major units; with no minor digits (JPY) the unit is 1 and the first step is x10.
            upper = upper < unit ? unit : upper > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : upper * 10;
        }
        return buckets;
    }
}
