package bankcore.seeder.generate;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: the whole content of a seeded ledger is a function of this record alone
 * (the wall clock only decides where the timeline sits, never what is on it).
 *
 * @param customers  how many customers (the admin is not one of them)
 * @param transfers  how many money movements after the opening deposits (payments, salaries, withdrawals...)
 * @param days       how many days the movements are spread over
 * @param currencies the currencies accounts are held in; the first is the most common
 * @param seed       the seed of every random choice
 */
public record SeedSpec(int customers, long transfers, int days, List<Currency> currencies, long seed) {

    public static final int MAX_CUSTOMERS = 1_000_000;
    public static final long MAX_TRANSFERS = 100_000_000L;
    public static final int MAX_DAYS = 3_650;
    public static final int MAX_CURRENCIES = 10;
    /** A day's plan is held in memory at once (8 bytes a movement): this caps it at 40 MB. */
    public static final long MAX_TRANSFERS_PER_DAY = 5_000_000L;

    public SeedSpec {
        Objects.requireNonNull(currencies, "currencies");
        currencies = List.copyOf(currencies);
        requireWithin("customers", customers, 1, MAX_CUSTOMERS);
        requireWithin("transfers", transfers, 0, MAX_TRANSFERS);
        requireWithin("days", days, 1, MAX_DAYS);
        requireWithin("currencies", currencies.size(), 1, MAX_CURRENCIES);
        if (transfers > days * MAX_TRANSFERS_PER_DAY) {
            throw new IllegalArgumentException("transfers must be at most " + MAX_TRANSFERS_PER_DAY
                    + " a day: spread " + transfers + " over more --days");
        }
        if (currencies.stream().distinct().count() != currencies.size()) {
            throw new IllegalArgumentException("currencies must not repeat: " + currencies);
        }
    }

    private static void requireWithin(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
