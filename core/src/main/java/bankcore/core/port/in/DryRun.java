package bankcore.core.port.in;

import bankcore.core.domain.Account;

import java.util.Map;
import java.util.function.Function;

/**
 * "Would this go through, and with what balances?" A request run here is decided by the same rules,
 * inside the writer against the ledger as it stands, and writes nothing at all: no journal entry,
 * no balance, no idempotency record. A refusal is thrown exactly as the real request would throw it.
 */
public interface DryRun {

    <T> Rehearsal<T> rehearse(Function<MoneyMovement, T> request);

    /** The use cases a dry run can rehearse: every way money moves. */
    interface MoneyMovement {
        TransferMoney transfers();

        MoveCash cash();

        HoldFunds holds();
    }

    /**
     * @param accountsAfter the accounts the request would change, by id, in their state after it
     */
    record Rehearsal<T>(T result, Map<Long, Account> accountsAfter) {
        public Rehearsal {
            accountsAfter = Map.copyOf(accountsAfter);
        }
    }
}
