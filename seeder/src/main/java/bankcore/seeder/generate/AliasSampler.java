package bankcore.seeder.generate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/**
 * Draws an index with probability proportional to its weight in constant time (Vose's alias
 * method): a million transfers each pick a sender and a counterparty, so a linear or even a
 * binary search per draw would show in the profile.
 */
final class AliasSampler {

    private final double[] probability;
    private final int[] alias;

    AliasSampler(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double total = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be finite and non-negative");
            }
            total += weight;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        Deque<Integer> small = new ArrayDeque<>();
        Deque<Integer> large = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1.0 ? small : large).push(i);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int less = small.pop();
            int more = large.pop();
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            (scaled[more] < 1.0 ? small : large).push(more);
        }
        // What is left is 1 up to rounding error.
        while (!large.isEmpty()) {
            probability[large.pop()] = 1.0;
        }
        while (!small.isEmpty()) {
            probability[small.pop()] = 1.0;
        }
    }

    /** Equal weights. */
    static AliasSampler uniform(int size) {
        double[] weights = new double[size];
        java.util.Arrays.fill(weights, 1.0);
        return new AliasSampler(weights);
    }

    int sample(Random random) {
        int column = random.nextInt(probability.length);
        return random.nextDouble() < probability[column] ? column : alias[column];
    }

    int size() {
        return probability.length;
    }
}
