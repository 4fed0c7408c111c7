package bankcore.seeder.generate;

import java.util.Currency;
import java.util.Random;

/**
 * The accounts of one currency: money only moves between accounts of the same currency, so every
 * counterparty is drawn from the sender's pool.
 */
final class CurrencyPool {

    final Currency currency;
    final CurrencyScale scale;
    final int[] persons;
    final int[] businesses;
    private final AliasSampler businessByPopularity;

    CurrencyPool(Currency currency, int[] persons, int[] businesses, double[] businessPopularity) {
        this.currency = currency;
        this.scale = new CurrencyScale(currency);
        this.persons = persons;
        this.businesses = businesses;
        this.businessByPopularity = businesses.length == 0 ? null : new AliasSampler(businessPopularity);
    }

    boolean hasBusinesses() {
        return businesses.length > 0;
    }

    /** A business, the popular ones more often. Only call when {@link #hasBusinesses()}. */
    int popularBusiness(Random random) {
        return businesses[businessByPopularity.sample(random)];
    }

    /** Any person of this pool other than {@code self}, or -1 when there is none. */
    int otherPerson(Random random, int self) {
        if (persons.length < 2) {
            return -1;
        }
        int pick;
        do {
            pick = persons[random.nextInt(persons.length)];
        } while (pick == self);
        return pick;
    }
}
