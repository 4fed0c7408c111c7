package bankcore.core.domain;

import java.util.Currency;

/** ISO 4217 currencies as the ledger accepts them: those with a fixed number of minor digits. */
public final class Currencies {
    private Currencies() {
    }

    /** Looks up a currency by its ISO code ({@code "EUR"}); an unknown or unsupported code is a refusal. */
    public static Currency of(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw Refusal.UNSUPPORTED_CURRENCY.because("currency must be a three-letter ISO 4217 code, got '"
                    + (code == null ? "null" : code.length() > 10 ? code.substring(0, 10) + "..." : code) + "'");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw Refusal.UNSUPPORTED_CURRENCY.because("unknown currency " + code);
        }
        return requireSupported(currency);
    }

    public static int minorDigits(Currency currency) {
        return requireSupported(currency).getDefaultFractionDigits();
    }

    /** Funds and precious metals (XAU, XDR) have no minor unit, so they cannot be held exactly in a long of minor units. */
    static Currency requireSupported(Currency currency) {
        if (currency.getDefaultFractionDigits() < 0) {
            throw Refusal.UNSUPPORTED_CURRENCY.because(currency.getCurrencyCode() + " has no minor unit");
        }
        return currency;
    }
}
