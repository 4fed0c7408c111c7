package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;

import java.util.ArrayList;
import java.util.List;

/** Customers registered for a test, each with its default account funded by a deposit. */
final class FundedAccounts {
    private FundedAccounts() {
    }

    /** The accounts of {@code count} new customers, each holding {@code opening}. */
    static List<Long> open(Ledger ledger, int count, Money opening) {
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = ledger.registration().register(RegisterCustomer.Command.customer("Customer " + i,
                    "customer" + i + "@example.org", null, opening.currency())).account().id();
            ledger.cash().deposit(CashCommand.of(id, opening, "opening"));
            accounts.add(id);
        }
        return accounts;
    }
}
