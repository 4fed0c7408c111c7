package bankcore.core.port.in;

import bankcore.core.domain.Account;
import bankcore.core.domain.Outcome;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Opens another account for an existing customer. */
public interface OpenAccount {

    Account open(long customerId, Currency currency);

    /** Each on its own, committed together: one outcome per command. The fast path for bulk loads. */
    List<Outcome<Account>> openEach(List<Command> commands);

    record Command(long customerId, Currency currency) {
        public Command {
            Objects.requireNonNull(currency, "currency");
        }
    }
}
