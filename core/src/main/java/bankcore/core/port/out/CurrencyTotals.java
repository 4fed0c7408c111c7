package bankcore.core.port.out;

import java.util.Currency;

/** Per currency: what all customer accounts hold, what the system accounts hold, and how many customer accounts there are. */
public record CurrencyTotals(Currency currency, long customerBalanceMinor, long systemBalanceMinor,
                             long customerAccounts) {
}
