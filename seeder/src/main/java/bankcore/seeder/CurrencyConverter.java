package bankcore.seeder;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Currency;
import java.util.Locale;

/** {@code eur} or {@code EUR} to the currency; anything that is not an ISO 4217 code is a usage error. */
final class CurrencyConverter implements ITypeConverter<Currency> {

    @Override
    public Currency convert(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + code + "' is not an ISO 4217 currency code (e.g. EUR, USD, GBP)");
        }
    }
}
