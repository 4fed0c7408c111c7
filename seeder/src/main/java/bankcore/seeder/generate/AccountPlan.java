package bankcore.seeder.generate;

import java.util.Currency;

/**
 * An account to open for a customer, with its opening deposit (taken from the bank's cash account).
 *
 * @param number              its place among all accounts, from 0; movements refer to accounts by it
 * @param ownerNumber         the {@link CustomerPlan#number()} of its owner
 * @param currency            its currency
 * @param home                whether it is the owner's first account, the one it registers with (and is paid into)
 * @param openingDepositMinor the first deposit, in minor units, always positive
 */
public record AccountPlan(int number, int ownerNumber, Currency currency, boolean home, long openingDepositMinor) {
}
