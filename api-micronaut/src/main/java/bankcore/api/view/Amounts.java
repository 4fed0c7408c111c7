package bankcore.api.view;

import bankcore.core.domain.Money;

import java.util.Currency;

/**
 * Amounts arrive as the exact text of a JSON number or string (the body binds them to {@code String},
 * so no double ever holds them) and are parsed by the core's {@link Money}: plain decimals only,
 * at most the currency's minor digits.
 */
public final class Amounts {

    private Amounts() {
    }

    public static Money parse(String text, Currency currency) {
        return Money.parse(text, currency);
    }
}
