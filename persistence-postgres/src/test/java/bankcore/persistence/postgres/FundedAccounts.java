package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;

import java.util.ArrayList;
import java.util.List;

/** What the load tests start from: customers with one EUR account each, funded by a deposit. */
final class FundedAccounts {
    private FundedAccounts() {
    }

    /** The accounts of {@code count} new customers, each with {@code minorUnits} deposited. */
    static List<Long> open(Ledger ledger, int count, long minorUnits) {
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(openOne(ledger, i, minorUnits));
        }
        return accounts;
    }

    /** Customer number {@code index}'s account. */
    static long openOne(Ledger ledger, int index, long minorUnits) {
        long id = ledger.registration().register(RegisterCustomer.Command.customer("Customer " + index,
                "customer" + index + "@example.org", null, Currencies.of("EUR"))).account().id();
        ledger.cash().deposit(CashCommand.of(id, Money.of(minorUnits, Currencies.of("EUR")), "opening"));
        return id;
    }
}
