package bankcore.core.contract;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks a property over generated cases: each case comes from a generator fed by a seeded random source, so a
 * failure names the seed and the case number that replay it. How many cases: {@value #CASES} (a system
 * property; the {@code robustness} Maven profile sets 100,000), else the test's own default, kept small so
 * the ordinary build stays quick. The seed: {@value #SEED}, else a fresh one, printed when a property fails.
 */
public final class PropertyRun {

    public static final String CASES = "bankcore.properties.cases";
    public static final String SEED = "bankcore.properties.seed";

    private PropertyRun() {
    }

    /** The number of cases a property gets in this run. */
    public static int cases(int defaultCases) {
        String configured = System.getProperty(CASES, "").strip();
        int cases = configured.isEmpty() ? defaultCases : Integer.parseInt(configured);
        if (cases < 1) {
            throw new IllegalArgumentException(CASES + " must be at least 1, got " + cases);
        }
        return cases;
    }

    /**
     * Runs {@code property} on {@link #cases(int)} generated cases and returns how many ran; the first case it
     * throws on fails the run with that case, its number and the seed.
     */
    public static <T> int check(String name, int defaultCases, Function<SplittableRandom, T> generator,
                                Consumer<T> property) {
        long seed = Long.getLong(SEED, new SplittableRandom().nextLong());
        return check(name, cases(defaultCases), seed, generator, property);
    }

    static <T> int check(String name, int cases, long seed, Function<SplittableRandom, T> generator,
                         Consumer<T> property) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            T example = generator.apply(random);
            try {
                property.accept(example);
            } catch (RuntimeException | AssertionError failure) {
                throw new AssertionError("property '" + name + "' failed on case " + (i + 1) + " of " + cases
                        + " (replay with -D" + SEED + "=" + seed + "): " + example, failure);
            }
        }
        return cases;
    }
}
