package bankcore.seeder.generate;

import java.util.Random;

/**
 * The random shapes the generator draws from.
 *
 * <p>Doubles appear here only to <em>choose</em> an amount; it becomes exact minor units once, in
 * {@link CurrencyScale}, before any balance is touched. {@link StrictMath} (not {@link Math}) keeps
 * the results bit-identical on every JVM and CPU, which reproducibility needs.
 */
final class Distributions {

    private Distributions() {
    }

    /** A log-normal value with the given median; sigma sets the skew (1.5 is already very unequal). */
    static double logNormal(Random random, double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }

    /** A Pareto value at least {@code minimum}; a smaller alpha gives a fatter tail. */
    static double pareto(Random random, double minimum, double alpha) {
        return minimum / StrictMath.pow(1.0 - random.nextDouble(), 1.0 / alpha);
    }

    /** A uniform value in [low, high). */
    static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** One of {@code values}, the earlier ones more likely (weight 1/(i+1)): people prefer small round sums. */
    static int preferSmall(Random random, int[] values) {
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            total += 1.0 / (i + 1);
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            pick -= 1.0 / (i + 1);
            if (pick < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
