package bankcore.seeder.generate;

import java.util.Currency;
import java.util.Map;

/**
 * Turns an amount imagined in euros into minor units of the account's currency, so a coffee costs
 * about 3 EUR, 3.30 USD or 500 JPY rather than 3 of anything. Rough, fixed rates: the point is
 * plausible magnitudes, not a foreign-exchange table.
 */
final class CurrencyScale {

    private static final Map<String, Double> UNITS_PER_EUR = Map.ofEntries(
            Map.entry("EUR", 1.0), Map.entry("USD", 1.1), Map.entry("GBP", 0.85),
            Map.entry("CHF", 0.95), Map.entry("JPY", 160.0), Map.entry("CNY", 7.8),
            Map.entry("SEK", 11.5), Map.entry("NOK", 11.7), Map.entry("DKK", 7.5),
            Map.entry("PLN", 4.3), Map.entry("CZK", 25.0), Map.entry("HUF", 400.0),
            Map.entry("CAD", 1.5), Map.entry("AUD", 1.65), Map.entry("INR", 92.0),
            Map.entry("BRL", 6.0), Map.entry("MXN", 20.0), Map.entry("ZAR", 20.0));

    private final double unitsPerEur;
    private final long minorPerUnit;

    CurrencyScale(Currency currency) {
        this.unitsPerEur = UNITS_PER_EUR.getOrDefault(currency.getCurrencyCode(), 1.0);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        this.minorPerUnit = (long) StrictMath.pow(10, digits);
    }

    /** An exact amount (at least one minor unit) for a sum imagined in euros, to the cent. */
    long minor(double eur) {
        return Math.max(1, StrictMath.round(eur * unitsPerEur * minorPerUnit));
    }

    /** An amount that looks typed by a person: a round euro sum, in whole units of the currency. */
    long roundMinor(int eur) {
        long units = StrictMath.round(eur * unitsPerEur);
        return Math.max(1, units) * minorPerUnit;
    }

    /** One whole unit of the currency in minor units (1.00 EUR is 100). */
    long oneUnit() {
        return minorPerUnit;
    }
}
