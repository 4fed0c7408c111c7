package bankcore.seeder.generate;

import java.util.Arrays;

/** Measures of how unequal a set of balances is, for the tests that check the wealth is skewed. */
final class Inequality {

    private Inequality() {
    }

    /** The Gini coefficient: 0 when everyone holds the same, towards 1 when one holds everything. */
    static double gini(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < sorted.length; i++) {
            weighted += (i + 1.0) * sorted[i];
            total += sorted[i];
        }
        int n = sorted.length;
        return (2 * weighted) / (n * total) - (n + 1.0) / n;
    }

    /** The share of the total held by the richest {@code fraction} of the holders. */
    static double topShare(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int top = Math.max(1, (int) Math.round(sorted.length * fraction));
        double total = 0;
        double richest = 0;
        for (int i = 0; i < sorted.length; i++) {
            total += sorted[i];
            if (i >= sorted.length - top) {
                richest += sorted[i];
            }
        }
        return richest / total;
    }
}
