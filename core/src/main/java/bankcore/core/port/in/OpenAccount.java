package bankcore.core.port.in;

import bankcore.core.domain.Account;
import bankcore.core.port.out.Outcome;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Opens another account for an existing customer. */
public interface OpenAccount {

    Account open(long customerId, Currency currency);

    /**
     * Each on its own, committed together: one outcome per command. The fast path for bulk loads.
     * The default opens one at a time, so other implementations keep compiling.
     */
    default List<Outcome<Account>> openEach(List<Command> commands) {
        return commands.stream().map(command -> Outcome.of(() -> open(command.customerId(), command.currency())))
                .toList();
    }

    record Command(long customerId, Currency currency) {
        public Command {
            Objects.requireNonNull(currency, "currency");
        }
    }
}
